import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppropriationAccount } from '@/web/api/funding-settings';
import { ScrollTable } from '@/web/components/scroll-table';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import type { AccountPivot, PivotLine } from './account-pivot';
import { useFundingLabels } from './use-funding-labels';
import { useMoney } from './use-money';

const NUMBER_CELL = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

interface AccountTableProps {
  readonly pivot: AccountPivot;
  readonly caption: string;
}

/**
 * One block of rows per appropriation account (its acronym, name and code, with its subtotal) and a row per
 * country under it; a column per fiscal year and the total, in US dollars.
 */
export function AccountTable({ pivot, caption }: AccountTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const labels = useFundingLabels();
  const cells = (line: PivotLine) => (
    <>
      {pivot.years.map((year) => (
        <Table.Td key={year} style={NUMBER_CELL}>
          {line.byYear.has(year) ? money.dollars(line.byYear.get(year) ?? '0') : '—'}
        </Table.Td>
      ))}
      <Table.Td style={NUMBER_CELL} fw={700}>
        {money.dollars(line.total)}
      </Table.Td>
    </>
  );
  return (
    <ScrollTable
      minWidth={240 + 96 * (pivot.years.length + 1)}
      caption={caption}
      testId="funding-account-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('funding.byAccount.column')}</Table.Th>
          {pivot.years.map((year) => (
            <Table.Th key={year} scope="col" style={NUMBER_CELL}>
              {t('funding.fiscalYearShort', { year: format.year(year) })}
            </Table.Th>
          ))}
          <Table.Th scope="col" style={NUMBER_CELL}>
            {t('funding.total')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      {pivot.accounts.map((block) => (
        <Table.Tbody
          key={block.account ?? '-'}
          data-testid="account-block"
          data-account={block.account ?? ''}
        >
          <Table.Tr bg="blue.0" data-testid="account-row">
            <Table.Th scope="rowgroup" miw={220} maw={320}>
              <AccountName
                code={block.account}
                account={labels.accounts.find((item) => item.code === block.account)}
              />
            </Table.Th>
            {cells(block)}
          </Table.Tr>
          {block.countries.map((line) => (
            <Table.Tr key={line.country ?? '-'} data-testid="account-country-row">
              <Table.Th scope="row" fw={400} pl="xl">
                {labels.country(line.country)}
              </Table.Th>
              {cells(line)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      ))}
      <Table.Tfoot>
        <Table.Tr fw={700} data-testid="account-total-row">
          <Table.Th scope="row">{t('funding.total')}</Table.Th>
          {cells(pivot)}
        </Table.Tr>
      </Table.Tfoot>
    </ScrollTable>
  );
}

interface AccountNameProps {
  readonly code: string | null;
  /** The account as registered; undefined for a code no one has named yet. */
  readonly account: AppropriationAccount | undefined;
}

/** `INCLE` in bold, the account's name in the reader's language under it, and its Treasury code. */
function AccountName({ code, account: known }: AccountNameProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  if (code === null) {
    return <>{t('funding.noAccount')}</>;
  }
  return (
    <>
      <Text fw={700} size="sm">
        {known?.acronym ?? code}
      </Text>
      {known === undefined ? null : (
        <Text size="sm" fw={400}>
          {pick(known.name)}
        </Text>
      )}
      <Text size="xs" c="dimmed" fw={400}>
        {t('funding.byAccount.code', { code })}
      </Text>
    </>
  );
}
