import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { CodelistItemRow, CodelistRow } from './codelist.table';

export function findCodelistSummaries(db: Kysely<Database>) {
  return db
    .selectFrom('codelist')
    .select(['codelist.name', 'codelist.embedded', 'codelist.complete'])
    .select((eb) =>
      eb
        .selectFrom('codelist_item')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('codelist_item.codelist_name', '=', 'codelist.name')
        .as('item_count'),
    )
    .orderBy('codelist.name')
    .execute();
}

/** Codelist names are matched case-insensitively so `activitystatus` finds `ActivityStatus`. */
export function findCodelist(db: Kysely<Database>, name: string): Promise<CodelistRow | undefined> {
  return db
    .selectFrom('codelist')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

export function findCodelistItems(
  db: Kysely<Database>,
  name: string,
  filter: { status: 'active' | 'withdrawn' | 'all'; prefix?: string },
): Promise<CodelistItemRow[]> {
  let query = db
    .selectFrom('codelist_item')
    .selectAll()
    .where('codelist_name', '=', name)
    .orderBy('position');
  if (filter.status !== 'all') {
    query = query.where('status', '=', filter.status);
  }
  if (filter.prefix !== undefined) {
    query = query.where('code', 'like', `${filter.prefix}%`);
  }
  return query.execute();
}
