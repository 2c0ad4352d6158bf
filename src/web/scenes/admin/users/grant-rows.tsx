import { Button, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GrantInput, Organisation, Role } from '@/web/api/admin';
import { useCountries } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';

export const ROLES = [
  'admin',
  'donor_officer',
  'government_planner',
  'sica_coordinator',
  'implementer',
  'vetting_officer',
  'auditor',
  'viewer',
] as const satisfies readonly Role[];

/** A grant as its row holds it: empty organisation or country means "any". */
export interface GrantDraft {
  /** Identifies the row while it is edited (rows can be removed from the middle). */
  readonly key: number;
  readonly role: Role;
  readonly organisationId: string;
  readonly countryCode: string;
}

let nextKey = 1;

export function newGrantDraft(role: Role = 'viewer'): GrantDraft {
  nextKey += 1;
  return { key: nextKey, role, organisationId: '', countryCode: '' };
}

export function grantDrafts(
  grants: readonly { role: Role; organisationId: string | null; countryCode: string | null }[],
): GrantDraft[] {
  return grants.map((grant) => ({
    ...newGrantDraft(grant.role),
    organisationId: grant.organisationId ?? '',
    countryCode: grant.countryCode ?? '',
  }));
}

export function grantInputs(drafts: readonly GrantDraft[]): GrantInput[] {
  return drafts.map((draft) => ({
    role: draft.role,
    organisationId: draft.organisationId === '' ? null : draft.organisationId,
    countryCode: draft.countryCode === '' ? null : draft.countryCode,
  }));
}

/** `grants.2.role` and the like: the problems these rows show. */
export function isGrantField(key: string): boolean {
  return /^grants(\.\d+(\.(role|organisationId|countryCode))?)?$/.test(key);
}

interface GrantRowsProps {
  readonly value: readonly GrantDraft[];
  readonly onChange: (value: GrantDraft[]) => void;
  readonly organisations: readonly Organisation[];
  readonly errors: Readonly<Record<string, string>>;
}

/** One fieldset per grant: role, then optionally the organisation and partner country it is limited to. */
export function GrantRows({ value, onChange, organisations, errors }: GrantRowsProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const countries = useCountries();
  const update = (index: number, change: Partial<GrantDraft>) =>
    onChange(value.map((draft, at) => (at === index ? { ...draft, ...change } : draft)));

  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const organisationOptions = [
    { value: '', label: t('grants.any') },
    ...organisations
      .map((organisation) => ({ value: organisation.id, label: pick(organisation.name) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
  const countryOptions = [
    { value: '', label: t('grants.any') },
    ...(countries.data ?? []).map((country) => ({ value: country.code, label: pick(country.name) })),
  ];

  return (
    <Stack gap="sm">
      {value.length === 0 ? <Text size="sm">{t('grants.none')}</Text> : null}
      {errors.grants === undefined ? null : (
        <Text size="sm" c="red.9" role="alert">
          {errors.grants}
        </Text>
      )}
      {value.map((draft, index) => {
        const number = index + 1;
        return (
          <Fieldset key={draft.key} legend={t('grants.legend', { number })} data-testid="grant-row">
            <Group align="flex-end" gap="md">
              <NativeSelect
                label={t('grants.role')}
                data={roleOptions}
                value={draft.role}
                onChange={(event) => {
                  const role = ROLES.find((item) => item === event.currentTarget.value);
                  if (role !== undefined) {
                    update(index, { role });
                  }
                }}
                error={errors[`grants.${index}.role`] ?? errors[`grants.${index}`]}
                miw={200}
                style={{ flex: '1 1 14rem' }}
              />
              <NativeSelect
                label={t('grants.organisation')}
                data={organisationOptions}
                value={draft.organisationId}
                onChange={(event) => update(index, { organisationId: event.currentTarget.value })}
                error={errors[`grants.${index}.organisationId`]}
                miw={200}
                style={{ flex: '1 1 14rem' }}
              />
              <NativeSelect
                label={t('grants.country')}
                data={countryOptions}
                value={draft.countryCode}
                onChange={(event) => update(index, { countryCode: event.currentTarget.value })}
                error={errors[`grants.${index}.countryCode`]}
                miw={160}
                style={{ flex: '1 1 10rem' }}
              />
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                onClick={() => onChange(value.filter((_, at) => at !== index))}
                aria-label={t('grants.remove', { number })}
              >
                {t('grants.removeShort')}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      <Button
        variant="default"
        onClick={() => onChange([...value, newGrantDraft()])}
        style={{ alignSelf: 'flex-start' }}
        disabled={value.length >= 20}
      >
        {t('grants.add')}
      </Button>
    </Stack>
  );
}
