import type { ServiceContext } from '@/platform/context';
import { parseInput } from '@/platform/validation';
import { checkPlaceFilters } from './check-filters';
import { findStatisticDatasets, findStatisticValues } from './statistic.repository';
import { toStatisticDatasetOutput } from './statistic.mapper';
import { PopulationQuery, type PopulationOutput } from './statistic.schemas';

/**
 * Total mid-year population by country and year (World Bank WDI).
 * @throws ValidationError `validation_failed` for malformed or unknown filters
 */
export async function listPopulation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: PopulationQuery;
}): Promise<PopulationOutput> {
  const query = parseInput(PopulationQuery, input, 'query');
  await checkPlaceFilters(ctx, query);
  const datasets = await findStatisticDatasets(ctx.db, { indicator: 'population', level: 'country' });
  const values = await findStatisticValues(ctx.db, {
    datasetIds: datasets.map((dataset) => dataset.id),
    country: query.country,
    from: query.from,
    to: query.to,
  });
  return {
    items: values.map((value) => ({
      countryCode: value.country_code,
      year: value.year,
      population: value.value,
    })),
    datasets: datasets.map(toStatisticDatasetOutput),
  };
}
