import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SourceKind } from '@/web/api/sources';
import type { SourceDraft } from './source-draft';

/** The kinds an administrator may register; `shipped` sources come only with the product's public data. */
const KINDS: readonly SourceKind[] = ['file_url', 'registry_publisher', 'datastore_query'];

interface SourceFieldsProps {
  readonly value: SourceDraft;
  readonly onChange: (value: SourceDraft) => void;
  /** Problems by field key (`SOURCE_FIELD_KEYS`), in the reader's language. */
  readonly errors: Readonly<Record<string, string>>;
}

/** Name, kind, location, publisher, licence, the publisher's limitations (es/en) and the sync interval. */
export function SourceFields({ value, onChange, errors }: SourceFieldsProps) {
  const { t } = useTranslation();
  const set = (field: keyof SourceDraft) => (text: string) => onChange({ ...value, [field]: text });
  const kinds = value.kind === 'shipped' ? [...KINDS, 'shipped' as const] : KINDS;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('sources.fields.name')}
          description={t('sources.form.nameHint')}
          value={value.name}
          onChange={(event) => set('name')(event.currentTarget.value)}
          error={errors.name}
          maxLength={100}
          required
        />
        <NativeSelect
          label={t('sources.fields.kind')}
          data={kinds.map((kind) => ({ value: kind, label: t(`sources.kinds.${kind}`) }))}
          value={value.kind}
          onChange={(event) => set('kind')(event.currentTarget.value)}
          error={errors.kind}
          required
        />
      </SimpleGrid>
      <TextInput
        label={t('sources.fields.location')}
        description={t(`sources.form.locationHint.${value.kind}`)}
        value={value.location}
        onChange={(event) => set('location')(event.currentTarget.value)}
        error={errors.location}
        maxLength={2000}
        required
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('sources.fields.publisher')}
          value={value.publisher}
          onChange={(event) => set('publisher')(event.currentTarget.value)}
          error={errors.publisher}
          maxLength={300}
          required
        />
        <TextInput
          label={t('sources.fields.licence')}
          description={t('sources.form.licenceHint')}
          value={value.licence}
          onChange={(event) => set('licence')(event.currentTarget.value)}
          error={errors.licence}
          maxLength={300}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea
          label={t('sources.form.limitationsEs')}
          description={t('sources.form.limitationsHint')}
          lang="es"
          value={value.limitationsEs}
          onChange={(event) => set('limitationsEs')(event.currentTarget.value)}
          error={errors['limitations.es']}
          maxLength={4000}
          autosize
          minRows={3}
        />
        <Textarea
          label={t('sources.form.limitationsEn')}
          description={t('sources.form.limitationsHint')}
          lang="en"
          value={value.limitationsEn}
          onChange={(event) => set('limitationsEn')(event.currentTarget.value)}
          error={errors['limitations.en']}
          maxLength={4000}
          autosize
          minRows={3}
        />
      </SimpleGrid>
      <TextInput
        label={t('sources.fields.interval')}
        description={t('sources.form.intervalHint')}
        inputMode="numeric"
        value={value.intervalHours}
        onChange={(event) => set('intervalHours')(event.currentTarget.value)}
        error={errors.intervalHours}
        maw={260}
      />
    </>
  );
}
