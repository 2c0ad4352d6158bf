import { NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Country, type HomicideRate, useCountries, useNationalHomicideRates } from '@/web/api/queries';
import { QueryStatus } from '@/web/components/query-status';
import { useFormat } from '@/web/hooks/use-format';
import { listYears, pickDefaultYear, ratesInYear, scaleMaximum } from '@/web/utils/homicide';
import { DatasetNotes } from './dataset-notes';
import { HomicideMap } from './homicide-map';
import { HomicideTable } from './homicide-table';
import { HomicideTrend } from './homicide-trend';

/** National homicide rates: a year's map and table, every country's trend, and the data's caveats. */
export function HomicideSection() {
  const { t } = useTranslation();
  const rates = useNationalHomicideRates();
  const countries = useCountries();
  return (
    <section aria-labelledby="homicide-title">
      <Title order={2} id="homicide-title">
        {t('homicide.title')}
      </Title>
      <Text mt={4} mb="md" maw={880}>
        {t('homicide.intro')}
      </Text>
      {rates.data === undefined || countries.data === undefined ? (
        <QueryStatus queries={[rates, countries]} minHeight={420} />
      ) : rates.data.items.length === 0 ? (
        <Text>{t('common.noData')}</Text>
      ) : (
        <>
          <HomicidePanels rates={rates.data.items} countries={countries.data} />
          <DatasetNotes datasets={rates.data.datasets} />
        </>
      )}
    </section>
  );
}

interface HomicidePanelsProps {
  readonly rates: readonly HomicideRate[];
  readonly countries: readonly Country[];
}

function HomicidePanels({ rates, countries }: HomicidePanelsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const years = useMemo(() => listYears(rates), [rates]);
  const [year, setYear] = useState(() => pickDefaultYear(rates) ?? years[years.length - 1] ?? 0);
  const yearRates = useMemo(() => ratesInYear(rates, year), [rates, year]);
  const maximum = useMemo(() => scaleMaximum(rates), [rates]);
  const yearText = format.year(year);

  return (
    <Stack gap="md">
      <NativeSelect
        label={t('homicide.year')}
        value={String(year)}
        onChange={(event) => setYear(Number(event.currentTarget.value))}
        data={years.toReversed().map((value) => ({ value: String(value), label: format.year(value) }))}
        data-testid="year-select"
        w={160}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs">
            {t('homicide.mapTitle', { year: yearText })}
          </Title>
          <HomicideMap countries={countries} rates={yearRates} year={year} maximum={maximum} />
          <Text size="sm" c="dimmed" mt="xs">
            {t('homicide.mapLegend')}
          </Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs" id="homicide-table-title">
            {t('homicide.tableTitle', { year: yearText })}
          </Title>
          <HomicideTable countries={countries} rates={yearRates} labelledBy="homicide-table-title" />
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h4" mb="xs">
          {t('homicide.trendTitle', {
            from: format.year(years[0] ?? year),
            to: format.year(years[years.length - 1] ?? year),
          })}
        </Title>
        <HomicideTrend countries={countries} rates={rates} years={years} year={year} />
        <Text size="sm" c="dimmed" mt="xs">
          {t('homicide.trendNote')}
        </Text>
      </Paper>
    </Stack>
  );
}
