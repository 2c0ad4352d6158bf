import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FundingQuery, useFundingSummary } from '@/web/api/funding';
import { QueryStatus } from '@/web/components/query-status';
import { useFundingLabels } from './use-funding-labels';
import { ScrollTable } from '@/web/components/scroll-table';
import { useMoney } from './use-money';

const NUMBER_CELL = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Every stored transaction summed as reported (`raw=true`), by currency and transaction type. */
export function RawFigures({ query }: { readonly query: FundingQuery }) {
  const { t } = useTranslation();
  const money = useMoney();
  const labels = useFundingLabels();
  const rawQuery: FundingQuery = { ...query, groupBy: ['currency', 'transactionType'], raw: true };
  const summary = useFundingSummary(rawQuery);
  const href = `/api/v1/funding/summary?${new URLSearchParams(
    Object.entries(rawQuery).map(([key, value]) => [key, String(value)]),
  ).toString()}`;

  if (summary.data === undefined) {
    return <QueryStatus queries={[summary]} />;
  }
  return (
    <>
      <ScrollTable minWidth={640} caption={t('funding.raw.caption')} testId="funding-raw-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('funding.raw.currency')}</Table.Th>
            <Table.Th scope="col">{t('funding.raw.type')}</Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('funding.raw.amount')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('funding.raw.amountUsd')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('funding.raw.transactions')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.data.rows.map((row) => (
            <Table.Tr key={`${row.currency}-${row.transactionType}`}>
              <Table.Th scope="row" fw={400}>
                {row.currency}
              </Table.Th>
              <Table.Td>{labels.transactionType(row.transactionType ?? '')}</Table.Td>
              <Table.Td style={NUMBER_CELL}>{money.exact(row.amount ?? '0', row.currency ?? 'USD')}</Table.Td>
              <Table.Td style={NUMBER_CELL}>{money.exact(row.amountUsd, 'USD')}</Table.Td>
              <Table.Td style={NUMBER_CELL}>{row.transactions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <Text size="sm">
        {t('funding.raw.total', { total: money.exact(summary.data.totalUsd, 'USD') })}{' '}
        <Anchor href={href} target="_blank" data-testid="funding-raw-link">
          {t('funding.raw.link')}
        </Anchor>
      </Text>
    </>
  );
}
