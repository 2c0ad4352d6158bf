import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PipelineFigures } from '@/web/api/funding';
import { BALANCE_FIGURES, STAGE_FIGURES, type PipelineLine } from './pipeline-stages';
import { ScrollTable } from '@/web/components/scroll-table';
import { useMoney } from './use-money';

const FIGURES = [...STAGE_FIGURES, ...BALANCE_FIGURES] as const;
const NUMBER_CELL = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

interface PipelineTableProps {
  /** The header of the first column: what each line is (goal, country, fiscal year). */
  readonly dimension: string;
  readonly lines: readonly PipelineLine[];
  /** The API's total over every line (not added up here). */
  readonly total: PipelineFigures;
  readonly caption: string;
  readonly testId: string;
}

/** Each line's stage figures and balances in US dollars, with the API's total as the last row. */
export function PipelineTable({ dimension, lines, total, caption, testId }: PipelineTableProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const cells = (figures: PipelineFigures) =>
    FIGURES.map((figure) => (
      <Table.Td key={figure} style={NUMBER_CELL}>
        {money.dollars(figures[figure])}
      </Table.Td>
    ));
  return (
    <ScrollTable minWidth={880} caption={caption} testId={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{dimension}</Table.Th>
          {FIGURES.map((figure) => (
            <Table.Th key={figure} scope="col" style={NUMBER_CELL}>
              {t(`funding.figures.${figure}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.key} data-testid="pipeline-row">
            <Table.Th scope="row" fw={400} miw={200}>
              {line.label}
            </Table.Th>
            {cells(line.figures)}
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Th scope="row">{t('funding.total')}</Table.Th>
          {cells(total)}
        </Table.Tr>
      </Table.Tfoot>
    </ScrollTable>
  );
}
