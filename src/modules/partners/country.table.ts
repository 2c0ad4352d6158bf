import type { Selectable } from 'kysely';

/** A CARSI partner country; `code` is ISO 3166-1 alpha-2. `boundary` is a GeoJSON geometry (text). */
export interface CountryTable {
  code: string;
  iso3: string;
  numeric_code: string;
  name_es: string;
  name_en: string;
  currency: string;
  subdivision_type_es: string;
  subdivision_type_en: string;
  boundary: string | null;
}

/** A first-level subdivision; `code` is the current ISO 3166-2 code. `boundary` is null where none is shipped. */
export interface SubdivisionTable {
  code: string;
  country_code: string;
  name_es: string;
  name_en: string;
  type_es: string;
  type_en: string;
  boundary: string | null;
}

export type CountryRow = Selectable<CountryTable>;
export type SubdivisionRow = Selectable<SubdivisionTable>;
