import type { ServiceContext } from '@/platform/context';
import { ValidationError } from '@/platform/errors';
import { findCountryCodes, findSubdivisionCountry } from './statistic.repository';
import type { StatisticDatasetRow } from './statistic.table';

/**
 * Rejects a filter naming a country, subdivision or dataset that does not exist: an empty result would
 * hide the typo from the user.
 * @throws ValidationError `validation_failed` naming the query parameter
 */
export async function checkPlaceFilters(
  ctx: ServiceContext,
  filter: { country?: string; subdivision?: string },
): Promise<void> {
  if (filter.country !== undefined) {
    const countries = await findCountryCodes(ctx.db);
    if (!countries.some((country) => country.code === filter.country)) {
      throw new ValidationError([
        {
          path: 'query.country',
          code: 'unknown_country',
          message: {
            es: `"${filter.country}" no es uno de los siete países de CARSI (${countryList(countries)}).`,
            en: `"${filter.country}" is not one of the seven CARSI countries (${countryList(countries)}).`,
          },
        },
      ]);
    }
  }
  if (filter.subdivision !== undefined) {
    const subdivision = await findSubdivisionCountry(ctx.db, filter.subdivision);
    if (
      subdivision === undefined ||
      (filter.country !== undefined && subdivision.country_code !== filter.country)
    ) {
      throw new ValidationError([
        {
          path: 'query.subdivision',
          code: 'unknown_subdivision',
          message: {
            es: `"${filter.subdivision}" no es una subdivisión ISO 3166-2 ${filter.country === undefined ? 'conocida' : `de ${filter.country}`}.`,
            en: `"${filter.subdivision}" is not a known ISO 3166-2 subdivision${filter.country === undefined ? '' : ` of ${filter.country}`}.`,
          },
        },
      ]);
    }
  }
}

/** @throws ValidationError `validation_failed` when `id` is not a dataset of this indicator and level. */
export function pickDataset(
  datasets: readonly StatisticDatasetRow[],
  id: string | undefined,
): readonly StatisticDatasetRow[] {
  if (id === undefined) {
    return datasets;
  }
  const chosen = datasets.filter((dataset) => dataset.id === id);
  if (chosen.length === 0) {
    const known = datasets.map((dataset) => dataset.id).join(', ');
    throw new ValidationError([
      {
        path: 'query.dataset',
        code: 'unknown_dataset',
        message: {
          es: `"${id}" no es un conjunto de datos de este indicador y nivel (${known}).`,
          en: `"${id}" is not a dataset of this indicator and level (${known}).`,
        },
      },
    ]);
  }
  return chosen;
}

function countryList(countries: readonly { code: string }[]): string {
  return countries
    .map((country) => country.code)
    .sort()
    .join(', ');
}
