/**
 * How each shipped statistics CSV is read: which columns hold the unit, the year and the value.
 * The CSVs are kept exactly as published, so their headers differ; this table is the only place that knows them.
 */
export interface StatisticFileLayout {
  /** `iso3`: the unit column holds ISO alpha-3 country codes; `subnational`: unit names of one country. */
  readonly unit:
    | { readonly kind: 'iso3'; readonly column: string }
    | { readonly kind: 'subnational'; readonly column: string; readonly country: string };
  readonly year: { readonly column: string } | { readonly fixed: number };
  readonly valueColumn: string;
}

export const STATISTIC_FILE_LAYOUTS: Readonly<Record<string, StatisticFileLayout>> = {
  'homicide_rate_owid_unodc.csv': {
    unit: { kind: 'iso3', column: 'Code' },
    year: { column: 'Year' },
    valueColumn: 'Homicide rate per 100,000 population',
  },
  'homicide_rate_wdi_vc_ihr_psrc_p5.csv': {
    unit: { kind: 'iso3', column: 'iso3' },
    year: { column: 'year' },
    valueColumn: 'rate_per_100k',
  },
  'population_worldbank.csv': {
    unit: { kind: 'iso3', column: 'Country Code' },
    year: { column: 'Year' },
    valueColumn: 'Value',
  },
  'hn_departamento_2019_openhn.csv': {
    unit: { kind: 'subnational', column: 'departamento', country: 'HN' },
    year: { fixed: 2019 },
    valueColumn: 'tasa_homicidios',
  },
  'ni_departamento_rate_2007_2020_policia_anuario.csv': {
    unit: { kind: 'subnational', column: 'Departamentos', country: 'NI' },
    year: { column: 'Year' },
    valueColumn: 'hom_rate_100k',
  },
};
