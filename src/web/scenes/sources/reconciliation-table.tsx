import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reconciliation, ReconciliationLine } from '@/web/api/sources';
import { ScrollTable } from '@/web/components/scroll-table';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { formatMoney } from '@/web/scenes/activities/money';
import { useFundingLabels } from '@/web/scenes/funding/use-funding-labels';
import { isZeroAmount, lineDiffers, lineUnexplained } from './reconciliation-lines';

const NUMBER_CELL = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const TALLIES = ['published', 'stored', 'rejected'] as const;

interface ReconciliationTableProps {
  readonly reconciliation: Reconciliation;
  readonly fileName: string;
}

/**
 * What a file published, what was stored and what was rejected with a finding, per currency × transaction type
 * × appropriation account, with the unexplained rest; amounts exactly as published, in their own currency.
 */
export function ReconciliationTable({ reconciliation, fileName }: ReconciliationTableProps) {
  const { t } = useTranslation();
  return (
    <ScrollTable
      minWidth={880}
      caption={t('sources.reconciliation.caption', { file: fileName })}
      testId="reconciliation-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('sources.reconciliation.currency')}</Table.Th>
          <Table.Th scope="col">{t('sources.reconciliation.type')}</Table.Th>
          <Table.Th scope="col">{t('sources.reconciliation.account')}</Table.Th>
          {TALLIES.map((tally) => (
            <Table.Th key={tally} scope="col" style={NUMBER_CELL}>
              {t(`sources.reconciliation.${tally}`)}
            </Table.Th>
          ))}
          <Table.Th scope="col" style={NUMBER_CELL}>
            {t('sources.reconciliation.unexplainedColumn')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reconciliation.lines.map((line) => (
          <LineRow key={`${line.currency}|${line.transactionType}|${line.account ?? ''}`} line={line} />
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function LineRow({ line }: { readonly line: ReconciliationLine }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormat();
  const labels = useFundingLabels();
  const unexplained = lineUnexplained(line);
  const state = unexplained ? 'unexplained' : lineDiffers(line) ? 'explained' : 'reconciled';
  return (
    <Table.Tr
      data-testid="reconciliation-line"
      data-state={state}
      bg={unexplained ? 'red.0' : undefined}
      fw={unexplained ? 700 : undefined}
    >
      <Table.Th scope="row" fw={600}>
        {line.currency}
      </Table.Th>
      <Table.Td>
        {line.transactionType === 'NONE'
          ? t('sources.reconciliation.noType')
          : labels.transactionType(line.transactionType)}
      </Table.Td>
      <Table.Td>{line.account === null ? t('funding.noAccount') : labels.account(line.account)}</Table.Td>
      {TALLIES.map((tally) => (
        <Table.Td key={tally} style={NUMBER_CELL}>
          {t('sources.reconciliation.amountCount', {
            amount: formatMoney(line[tally].amount, language),
            transactions: format.integer(line[tally].count),
          })}
        </Table.Td>
      ))}
      <Table.Td style={NUMBER_CELL}>
        {isZeroAmount(line.unexplained) && !unexplained ? (
          formatMoney(line.unexplained, language)
        ) : (
          <Text span c="red.9" fw={700} size="sm">
            {formatMoney(line.unexplained, language)} · {t('sources.reconciliation.unexplained')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
