import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationInput } from '@/web/api/admin';
import { useCodelist } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';
import { countryName } from '@/web/utils/country-name';

/** An organisation as its form holds it: every field a string, empty meaning "not given". */
export interface OrganisationDraft {
  readonly nameEs: string;
  readonly nameEn: string;
  readonly type: string;
  readonly countryCode: string;
  readonly iatiIdentifier: string;
  /** The month its fiscal year starts, as text: "1" calendar year, "10" US federal. */
  readonly fiscalYearStartMonth: string;
}

export const EMPTY_ORGANISATION: OrganisationDraft = {
  nameEs: '',
  nameEn: '',
  type: '',
  countryCode: '',
  iatiIdentifier: '',
  fiscalYearStartMonth: '1',
};

/** The API paths (without `body.`) that these fields show problems for. */
export const ORGANISATION_FIELD_KEYS = [
  'name.es',
  'name.en',
  'type',
  'countryCode',
  'iatiIdentifier',
  'fiscalYearStartMonth',
] as const;

export function organisationDraft(organisation: Organisation): OrganisationDraft {
  return {
    nameEs: organisation.name.es,
    nameEn: organisation.name.en,
    type: organisation.type,
    countryCode: organisation.countryCode ?? '',
    iatiIdentifier: organisation.iatiIdentifier ?? '',
    fiscalYearStartMonth: String(organisation.fiscalYearStartMonth),
  };
}

/** The request body: every field is sent, so an edit states the whole record. */
export function organisationInput(draft: OrganisationDraft): OrganisationInput {
  const iatiIdentifier = draft.iatiIdentifier.trim();
  return {
    name: { es: draft.nameEs.trim(), en: draft.nameEn.trim() },
    type: draft.type,
    countryCode: draft.countryCode === '' ? null : draft.countryCode,
    iatiIdentifier: iatiIdentifier === '' ? null : iatiIdentifier,
    fiscalYearStartMonth: Number(draft.fiscalYearStartMonth),
  };
}

interface OrganisationFieldsProps {
  readonly value: OrganisationDraft;
  readonly onChange: (value: OrganisationDraft) => void;
  /** Problems by field key (see `ORGANISATION_FIELD_KEYS`), already without `prefix`. */
  readonly errors: Readonly<Record<string, string>>;
}

/** Names in both languages, IATI organisation type, country, IATI identifier and fiscal year. */
export function OrganisationFields({ value, onChange, errors }: OrganisationFieldsProps) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const types = useCodelist('OrganisationType', 'active', '');
  const countries = useCodelist('Country', 'active', '');
  const set = (field: keyof OrganisationDraft) => (text: string) => onChange({ ...value, [field]: text });

  const typeOptions = useMemo(
    () => [
      { value: '', label: t('form.choose'), disabled: true },
      ...(types.data?.items ?? []).map((item) => ({
        value: item.code,
        label: `${pick(item.name)} (${item.code})`,
      })),
    ],
    [types.data, pick, t],
  );
  const monthOptions = useMemo(
    () =>
      Array.from({ length: 12 }, (_, index) => {
        const month = new Intl.DateTimeFormat(language, { month: 'long' }).format(new Date(2001, index, 1));
        const label =
          index === 0
            ? t('organisation.fiscalYearCalendar')
            : index === 9
              ? t('organisation.fiscalYearUs')
              : month;
        return { value: String(index + 1), label };
      }),
    [language, t],
  );
  const countryOptions = useMemo(
    () => [
      { value: '', label: t('organisation.noCountry') },
      ...(countries.data?.items ?? [])
        .map((item) => ({ value: item.code, label: countryName(item.code, language, item.name.en) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    ],
    [countries.data, language, t],
  );

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('organisation.nameEs')}
          description={t('organisation.nameHint')}
          lang="es"
          value={value.nameEs}
          onChange={(event) => set('nameEs')(event.currentTarget.value)}
          error={errors['name.es']}
          maxLength={300}
          required
        />
        <TextInput
          label={t('organisation.nameEn')}
          description={t('organisation.nameHint')}
          lang="en"
          value={value.nameEn}
          onChange={(event) => set('nameEn')(event.currentTarget.value)}
          error={errors['name.en']}
          maxLength={300}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('organisation.type')}
          data={typeOptions}
          value={value.type}
          onChange={(event) => set('type')(event.currentTarget.value)}
          error={errors.type}
          required
        />
        <NativeSelect
          label={t('organisation.country')}
          data={countryOptions}
          value={value.countryCode}
          onChange={(event) => set('countryCode')(event.currentTarget.value)}
          error={errors.countryCode}
        />
      </SimpleGrid>
      <TextInput
        label={t('organisation.iatiIdentifier')}
        description={t('organisation.iatiHint')}
        value={value.iatiIdentifier}
        onChange={(event) => set('iatiIdentifier')(event.currentTarget.value)}
        error={errors.iatiIdentifier}
        maxLength={100}
        maw={420}
      />
      <NativeSelect
        label={t('organisation.fiscalYearStart')}
        description={t('organisation.fiscalYearHint')}
        data={monthOptions}
        value={value.fiscalYearStartMonth}
        onChange={(event) => set('fiscalYearStartMonth')(event.currentTarget.value)}
        error={errors.fiscalYearStartMonth}
        maw={420}
      />
    </>
  );
}
