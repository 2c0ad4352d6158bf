import type { Selectable } from 'kysely';

/** A published statistical series (homicide rate, population) with its source, licence and caveats. */
export interface StatisticDatasetTable {
  id: string;
  indicator: 'homicide_rate' | 'population';
  level: 'country' | 'subdivision';
  title_es: string;
  title_en: string;
  publisher: string;
  licence: string;
  url: string;
  /** JSON array of `{ es, en }` sentences. */
  caveats: string;
  position: number;
}

/**
 * One value of a dataset. `unit_name` is the unit as the source names it (the country code for national
 * rows); `subdivision_code` is null for national rows and for police units with no ISO subdivision.
 */
export interface StatisticValueTable {
  dataset_id: string;
  country_code: string;
  unit_name: string;
  subdivision_code: string | null;
  year: number;
  value: number;
}

export type StatisticDatasetRow = Selectable<StatisticDatasetTable>;
export type StatisticValueRow = Selectable<StatisticValueTable>;
