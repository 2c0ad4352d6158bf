import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingSummaryRow } from '@/web/api/funding';
import type { Boundaries, HomicideRate, Subdivision } from '@/web/api/queries';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { SubdivisionMap } from './subdivision-map';
import { ratesBySubdivision } from './subdivision-rates';
import { SubdivisionTable } from './subdivision-table';
import { useFundingLabels } from './use-funding-labels';
import { useMoney } from './use-money';

/** Light to dark blue for money; the homicide map keeps the home page's light-to-dark red. */
const MONEY_RAMP = ['#eef5fb', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'];
const RATE_RAMP = ['#fff3e6', '#fdc88f', '#f88d4b', '#e3542a', '#c52a1a', '#a11613', '#7d0c0c', '#560707'];

interface SubdivisionMapsProps {
  /** The stage shown, e.g. "Obligated". */
  readonly figureLabel: string;
  readonly rows: readonly FundingSummaryRow[];
  readonly boundaries: Boundaries;
  /** Every subdivision of the seven countries, also those without a boundary on the map. */
  readonly subdivisions: readonly Subdivision[];
  readonly subdivisionRates: readonly HomicideRate[];
  readonly nationalRates: readonly HomicideRate[];
  readonly year: number;
}

/** The funding map and the homicide map side by side, and the table of both. */
export function SubdivisionMaps(props: SubdivisionMapsProps) {
  const { figureLabel, rows, boundaries, subdivisions, subdivisionRates, nationalRates, year } = props;
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const money = useMoney();
  const { country } = useFundingLabels();

  const byCode = useMemo(
    () => new Map(subdivisions.map((subdivision) => [subdivision.code, subdivision])),
    [subdivisions],
  );
  const nameOf = useCallback(
    (code: string) => {
      const subdivision = byCode.get(code);
      return subdivision === undefined ? code : pick(subdivision.name);
    },
    [byCode, pick],
  );
  const countryOf = (code: string) => country(byCode.get(code)?.countryCode ?? code.slice(0, 2));
  const amounts = useMemo(
    () =>
      new Map(
        rows.flatMap((row) =>
          row.subdivision === null || row.subdivision === undefined
            ? []
            : [[row.subdivision, money.toChartValue(row.amountUsd)] as const],
        ),
      ),
    [rows, money],
  );
  const rates = useMemo(
    () => ratesBySubdivision(subdivisions, subdivisionRates, nationalRates, year),
    [subdivisions, subdivisionRates, nationalRates, year],
  );
  const rateValues = useMemo(() => new Map([...rates].map(([code, area]) => [code, area.rate])), [rates]);
  const yearText = format.year(year);
  const fundingTitle = t('funding.map.fundingTitle', { figure: figureLabel });
  const rateTitle = t('funding.map.rateTitle', { year: yearText });
  const describe = (values: ReadonlyMap<string, number>, formatValue: (value: number) => string) =>
    [...values].map(([code, value]) => `${nameOf(code)}: ${formatValue(value)}`).join('; ');

  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="sm" radius="md">
          <Title order={3} size="h5" mb="xs">
            {fundingTitle}
          </Title>
          <SubdivisionMap
            boundaries={boundaries}
            values={amounts}
            maximum={Math.max(0, ...amounts.values())}
            ramp={MONEY_RAMP}
            formatValue={money.compact}
            nameOf={nameOf}
            label={`${fundingTitle}. ${describe(amounts, money.compact) || t('funding.none')}`}
            testId="funding-subdivision-map"
          />
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Title order={3} size="h5" mb="xs">
            {rateTitle}
          </Title>
          <SubdivisionMap
            boundaries={boundaries}
            values={rateValues}
            maximum={Math.max(10, Math.ceil(Math.max(0, ...rateValues.values()) / 10) * 10)}
            ramp={RATE_RAMP}
            formatValue={format.rate}
            nameOf={nameOf}
            label={`${rateTitle}. ${t('funding.map.rateLabel')}`}
            testId="funding-homicide-map"
          />
        </Paper>
      </SimpleGrid>
      {amounts.size === 0 ? <Text size="sm">{t('funding.map.noLocations')}</Text> : null}
      <SubdivisionTable
        rows={rows}
        rates={rates}
        rated={subdivisionRates
          .filter((rate) => rate.year === year)
          .map((rate) => rate.subdivisionCode ?? '')}
        nameOf={nameOf}
        countryOf={countryOf}
        caption={t('funding.map.caption', { figure: figureLabel, year: yearText })}
      />
    </>
  );
}
