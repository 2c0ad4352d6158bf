import { NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFundingSummary, useSubdivisionHomicideRates, useSubdivisionsOf } from '@/web/api/funding';
import { useAllSubdivisionBoundaries, useNationalHomicideRates } from '@/web/api/queries';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { fundingQuery, type FundingFilters } from './funding-filters';
import { FIGURE_STAGE, STAGE_FIGURES, type StageFigure } from './pipeline-stages';
import { SubdivisionMaps } from './subdivision-maps';
import { pickSubdivisionYear } from './subdivision-rates';
import { useFundingLabels } from './use-funding-labels';

/** Funding per subdivision on a map, next to the homicide rate of the same places. */
export function SubdivisionSection({ filters }: { readonly filters: FundingFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useFundingLabels();
  const [figure, setFigure] = useState<StageFigure>('obligated');
  const summary = useFundingSummary({
    ...fundingQuery(filters, ['subdivision']),
    stage: FIGURE_STAGE[figure],
  });
  const boundaries = useAllSubdivisionBoundaries();
  const subdivisionRates = useSubdivisionHomicideRates();
  const nationalRates = useNationalHomicideRates();
  const subdivisions = useSubdivisionsOf(labels.countries.map((country) => country.code));
  const queries = [summary, boundaries, subdivisionRates, nationalRates, ...subdivisions.queries];
  const year = pickSubdivisionYear(subdivisionRates.data?.items ?? []);

  return (
    <Section title={t('funding.map.title')} intro={t('funding.map.intro')} testId="funding-by-subdivision">
      <NativeSelect
        label={t('funding.map.stage')}
        value={figure}
        onChange={(event) => setFigure(event.currentTarget.value as StageFigure)}
        data={STAGE_FIGURES.map((value) => ({ value, label: labels.stage(FIGURE_STAGE[value]) }))}
        w={220}
      />
      {summary.data === undefined ||
      boundaries.data === undefined ||
      subdivisionRates.data === undefined ||
      nationalRates.data === undefined ||
      subdivisions.data === undefined ||
      labels.countries.length === 0 ||
      year === undefined ? (
        <QueryStatus queries={queries} minHeight={380} />
      ) : (
        <SubdivisionMaps
          figureLabel={labels.stage(FIGURE_STAGE[figure])}
          rows={summary.data.rows}
          boundaries={boundaries.data}
          subdivisions={subdivisions.data}
          subdivisionRates={subdivisionRates.data.items}
          nationalRates={nationalRates.data.items}
          year={year}
        />
      )}
      <Text size="xs" c="dimmed">
        {t('funding.map.rateNote', { year: format.year(year ?? 0) })} {t('common.boundaryNote')}
      </Text>
    </Section>
  );
}
