import type { ServiceContext } from '@/platform/context';
import { parseInput } from '@/platform/validation';
import { checkPlaceFilters, pickDataset } from './check-filters';
import { findStatisticDatasets, findStatisticValues } from './statistic.repository';
import { toStatisticDatasetOutput } from './statistic.mapper';
import { HomicideRatesQuery, type HomicideRatesOutput } from './statistic.schemas';

/**
 * Homicide rates per 100,000 by country and year (default: the UNODC series via Our World in Data,
 * 1990–2023), or by department where sub-national data exist (Honduras 2019, Nicaragua 2007–2020).
 * Every response names its datasets with their caveats.
 * @throws ValidationError `validation_failed` for malformed or unknown filters
 */
export async function listHomicideRates({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: HomicideRatesQuery;
}): Promise<HomicideRatesOutput> {
  const query = parseInput(HomicideRatesQuery, input, 'query');
  await checkPlaceFilters(ctx, query);
  const level = query.subdivision !== undefined ? 'subdivision' : (query.level ?? 'country');
  const candidates = await findStatisticDatasets(ctx.db, { indicator: 'homicide_rate', level });
  // National series overlap (same UNODC data), so one is shown by default; sub-national ones cover
  // different countries and are all shown.
  const defaults = level === 'country' ? candidates.slice(0, 1) : candidates;
  const datasets = query.dataset === undefined ? defaults : pickDataset(candidates, query.dataset);
  const values = await findStatisticValues(ctx.db, {
    datasetIds: datasets.map((dataset) => dataset.id),
    country: query.country,
    subdivision: query.subdivision,
    from: query.from,
    to: query.to,
  });
  return {
    items: values.map((value) => ({
      datasetId: value.dataset_id,
      countryCode: value.country_code,
      subdivisionCode: value.subdivision_code,
      unitName: value.unit_name,
      year: value.year,
      ratePer100k: value.value,
    })),
    datasets: datasets.map(toStatisticDatasetOutput),
  };
}
