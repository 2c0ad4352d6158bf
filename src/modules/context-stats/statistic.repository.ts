import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { StatisticDatasetRow, StatisticValueRow } from './statistic.table';

export function findStatisticDatasets(
  db: Kysely<Database>,
  filter: { indicator?: StatisticDatasetRow['indicator']; level?: StatisticDatasetRow['level'] } = {},
): Promise<StatisticDatasetRow[]> {
  let query = db.selectFrom('statistic_dataset').selectAll().orderBy('position');
  if (filter.indicator !== undefined) {
    query = query.where('indicator', '=', filter.indicator);
  }
  if (filter.level !== undefined) {
    query = query.where('level', '=', filter.level);
  }
  return query.execute();
}

export interface ValueFilter {
  datasetIds: readonly string[];
  country?: string;
  subdivision?: string;
  from?: number;
  to?: number;
}

export function findStatisticValues(db: Kysely<Database>, filter: ValueFilter): Promise<StatisticValueRow[]> {
  if (filter.datasetIds.length === 0) {
    return Promise.resolve([]);
  }
  let query = db
    .selectFrom('statistic_value')
    .selectAll()
    .where('dataset_id', 'in', [...filter.datasetIds])
    .orderBy('country_code')
    .orderBy('unit_name')
    .orderBy('year');
  if (filter.country !== undefined) {
    query = query.where('country_code', '=', filter.country);
  }
  if (filter.subdivision !== undefined) {
    query = query.where('subdivision_code', '=', filter.subdivision);
  }
  if (filter.from !== undefined) {
    query = query.where('year', '>=', filter.from);
  }
  if (filter.to !== undefined) {
    query = query.where('year', '<=', filter.to);
  }
  return query.execute();
}

export function findCountryCodes(db: Kysely<Database>): Promise<{ code: string }[]> {
  return db.selectFrom('country').select('code').execute();
}

export function findSubdivisionCountry(
  db: Kysely<Database>,
  code: string,
): Promise<{ country_code: string } | undefined> {
  return db.selectFrom('subdivision').select('country_code').where('code', '=', code).executeTakeFirst();
}
