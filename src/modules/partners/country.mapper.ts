import type { CountryWithCount } from './country.repository';
import type { BoundariesOutput, CountryOutput, SubdivisionOutput } from './country.schemas';
import type { SubdivisionRow } from './country.table';

export function toCountryOutput(row: CountryWithCount): CountryOutput {
  return {
    code: row.code,
    iso3: row.iso3,
    numericCode: row.numeric_code,
    name: { es: row.name_es, en: row.name_en },
    currency: row.currency,
    subdivisionType: { es: row.subdivision_type_es, en: row.subdivision_type_en },
    subdivisionCount: Number(row.subdivision_count),
  };
}

export function toSubdivisionOutput(row: SubdivisionRow): SubdivisionOutput {
  return {
    code: row.code,
    countryCode: row.country_code,
    name: { es: row.name_es, en: row.name_en },
    type: { es: row.type_es, en: row.type_en },
    hasBoundary: row.boundary !== null,
  };
}

export function toBoundariesOutput(
  rows: readonly {
    code: string;
    country_code: string;
    name_es: string;
    name_en: string;
    boundary: string | null;
  }[],
): BoundariesOutput {
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      id: row.code,
      properties: {
        code: row.code,
        countryCode: row.country_code,
        name: { es: row.name_es, en: row.name_en },
      },
      geometry: JSON.parse(row.boundary ?? 'null') as Record<string, unknown>,
    })),
  };
}
