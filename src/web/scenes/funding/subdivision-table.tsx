import { Button, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingSummaryRow } from '@/web/api/funding';
import { parseDecimal } from '@/shared/money';
import { useFormat } from '@/web/hooks/use-format';
import type { AreaRate } from './subdivision-rates';
import { ScrollTable } from '@/web/components/scroll-table';
import { useMoney } from './use-money';

/** Rows shown before "Show all": the largest amounts come first. */
const FIRST_ROWS = 15;
const NUMBER_CELL = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Orders two decimal strings exactly (BigInt), never through floats. */
function compareDecimals(a: string, b: string): number {
  const left = parseDecimal(a) ?? 0n;
  const right = parseDecimal(b) ?? 0n;
  return left === right ? 0 : left < right ? -1 : 1;
}

interface SubdivisionTableProps {
  /** The summary's rows by subdivision, as the API gives them (`null`: no sub-national location). */
  readonly rows: readonly FundingSummaryRow[];
  readonly rates: ReadonlyMap<string, AreaRate>;
  /** Subdivisions with their own homicide rate, listed even when no funding is located there. */
  readonly rated: readonly string[];
  readonly nameOf: (code: string) => string;
  readonly countryOf: (code: string) => string;
  readonly caption: string;
}

/** Both maps' values: funding per subdivision next to its homicide rate (and whose rate it is). */
export function SubdivisionTable({ rows, rates, rated, nameOf, countryOf, caption }: SubdivisionTableProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const funded = new Map(rows.map((row) => [row.subdivision ?? null, row.amountUsd]));
  const codes = [
    ...rows
      .toSorted((a, b) => compareDecimals(b.amountUsd, a.amountUsd))
      .flatMap((row) => (row.subdivision === null || row.subdivision === undefined ? [] : [row.subdivision])),
    ...rated.filter((code) => !funded.has(code)),
  ];
  const rateText = (code: string) => {
    const rate = rates.get(code);
    if (rate === undefined) {
      return t('common.noData');
    }
    const value = format.rate(rate.rate);
    return rate.level === 'country' ? t('funding.map.nationalRate', { rate: value }) : value;
  };
  const unlocated = funded.get(null);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? codes : codes.slice(0, FIRST_ROWS);

  return (
    <>
      <ScrollTable minWidth={560} caption={caption} testId="funding-subdivision-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('funding.map.subdivision')}</Table.Th>
            <Table.Th scope="col">{t('funding.map.country')}</Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('funding.map.amount')}
            </Table.Th>
            <Table.Th scope="col" style={NUMBER_CELL}>
              {t('funding.map.rate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((code) => (
            <Table.Tr key={code}>
              <Table.Th scope="row" fw={400}>
                {nameOf(code)}
              </Table.Th>
              <Table.Td>{countryOf(code)}</Table.Td>
              <Table.Td style={NUMBER_CELL}>{money.dollars(funded.get(code) ?? '0')}</Table.Td>
              <Table.Td style={NUMBER_CELL}>{rateText(code)}</Table.Td>
            </Table.Tr>
          ))}
          {unlocated === undefined ? null : (
            <Table.Tr>
              <Table.Th scope="row" fw={400} colSpan={2}>
                {t('funding.map.unlocated')}
              </Table.Th>
              <Table.Td style={NUMBER_CELL}>{money.dollars(unlocated)}</Table.Td>
              <Table.Td style={NUMBER_CELL}>—</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </ScrollTable>
      {codes.length <= FIRST_ROWS ? null : (
        <Button variant="default" size="xs" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? t('funding.map.showFewer') : t('funding.map.showAll', { total: codes.length })}
        </Button>
      )}
    </>
  );
}
