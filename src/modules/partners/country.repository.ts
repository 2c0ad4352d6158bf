import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { CountryRow, SubdivisionRow } from './country.table';

export type CountryWithCount = Omit<CountryRow, 'boundary'> & { subdivision_count: number };

export function findCountries(db: Kysely<Database>, code?: string): Promise<CountryWithCount[]> {
  let query = db
    .selectFrom('country')
    .select([
      'country.code',
      'country.iso3',
      'country.numeric_code',
      'country.name_es',
      'country.name_en',
      'country.currency',
      'country.subdivision_type_es',
      'country.subdivision_type_en',
    ])
    .select((eb) =>
      eb
        .selectFrom('subdivision')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('subdivision.country_code', '=', 'country.code')
        .as('subdivision_count'),
    )
    .orderBy('country.name_en');
  if (code !== undefined) {
    query = query.where('country.code', '=', code);
  }
  return query.execute() as Promise<CountryWithCount[]>;
}

export function findSubdivisions(db: Kysely<Database>, countryCode: string): Promise<SubdivisionRow[]> {
  return db
    .selectFrom('subdivision')
    .selectAll()
    .where('country_code', '=', countryCode)
    .orderBy('code')
    .execute();
}

export function findCountryBoundaries(db: Kysely<Database>, countryCode?: string) {
  let query = db
    .selectFrom('country')
    .select(['code', 'code as country_code', 'name_es', 'name_en', 'boundary'])
    .where('boundary', 'is not', null)
    .orderBy('code');
  if (countryCode !== undefined) {
    query = query.where('code', '=', countryCode);
  }
  return query.execute();
}

export function findSubdivisionBoundaries(db: Kysely<Database>, countryCode?: string) {
  let query = db
    .selectFrom('subdivision')
    .select(['code', 'country_code', 'name_es', 'name_en', 'boundary'])
    .where('boundary', 'is not', null)
    .orderBy('code');
  if (countryCode !== undefined) {
    query = query.where('country_code', '=', countryCode);
  }
  return query.execute();
}
