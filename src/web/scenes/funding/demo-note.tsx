import { Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFundingSummary } from '@/web/api/funding';
import { useFormat } from '@/web/hooks/use-format';
import { fundingQuery, type FundingFilters } from './funding-filters';

interface DemoNoteProps {
  readonly filters: FundingFilters;
  readonly onChange: (filters: FundingFilters) => void;
}

/** Says when the figures include fictional demo records, and offers to leave them out. */
export function DemoNote({ filters, onChange }: DemoNoteProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const demo = useFundingSummary({ ...fundingQuery(filters), demo: 'true' }, filters.demo !== 'false');
  const transactions = demo.data?.transactions ?? 0;
  if (filters.demo === 'false' || transactions === 0) {
    return null;
  }
  return (
    <Paper className="demo-banner" p="md" radius="sm" role="note" data-testid="funding-demo-note">
      <Stack gap="xs" align="flex-start">
        <Text fw={700}>{t('funding.demo.title')}</Text>
        <Text size="sm">
          {t(filters.demo === 'true' ? 'funding.demo.only' : 'funding.demo.included', {
            transactions: format.integer(transactions),
          })}
        </Text>
        <Button
          size="xs"
          variant="outline"
          color="dark"
          onClick={() => onChange({ ...filters, demo: 'false' })}
        >
          {t('funding.demo.realOnly')}
        </Button>
      </Stack>
    </Paper>
  );
}
