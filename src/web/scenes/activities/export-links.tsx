import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ActivityListQuery, activityExportHref } from '@/web/api/activities';
import { useLanguage } from '@/web/hooks/use-language';

/** Downloads of the list's selection (all its pages) as CSV and XLSX, with column names in the UI language. */
export function ExportLinks({ query }: { readonly query: ActivityListQuery }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Group gap="md" align="center">
      <Anchor href={activityExportHref(query, 'csv', language)} download fw={600} data-testid="export-csv">
        {t('activities.export.csv')}
      </Anchor>
      <Anchor href={activityExportHref(query, 'xlsx', language)} download fw={600} data-testid="export-xlsx">
        {t('activities.export.xlsx')}
      </Anchor>
      <Text size="xs" c="dimmed">
        {t('activities.export.hint')}
      </Text>
    </Group>
  );
}
