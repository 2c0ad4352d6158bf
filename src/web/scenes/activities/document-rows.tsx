import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentDraft } from './activity-draft';
import { RowsFieldset } from './rows-fieldset';

interface DocumentRowsProps {
  readonly rows: readonly DocumentDraft[];
  readonly onChange: (rows: DocumentDraft[]) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** Documents as links, with titles in both languages. */
export function DocumentRows({ rows, onChange, errors }: DocumentRowsProps) {
  const { t } = useTranslation();
  return (
    <RowsFieldset
      legend={t('activities.form.documents')}
      rows={rows}
      onChange={onChange}
      empty={{ url: '', titleEs: '', titleEn: '' }}
      error={errors.documents}
      renderRow={(row, index, set) => {
        const number = index + 1;
        const key = (field: string) => `documents.${index}.${field}`;
        return (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              type="url"
              label={t('activities.form.documentUrl', { number })}
              value={row.url}
              onChange={(event) => set({ ...row, url: event.currentTarget.value })}
              error={errors[key('url')]}
            />
            <TextInput
              lang="es"
              label={t('activities.form.documentTitleEs', { number })}
              value={row.titleEs}
              onChange={(event) => set({ ...row, titleEs: event.currentTarget.value })}
              error={errors[key('title.es')]}
            />
            <TextInput
              lang="en"
              label={t('activities.form.documentTitleEn', { number })}
              value={row.titleEn}
              onChange={(event) => set({ ...row, titleEn: event.currentTarget.value })}
              error={errors[key('title.en')]}
            />
          </SimpleGrid>
        );
      }}
    />
  );
}
