import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { OrganisationRow } from './organisation.table';

export function findOrganisation(db: Kysely<Database>, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrganisationPage(
  db: Kysely<Database>,
  page: { limit: number; cursor?: string },
): Promise<OrganisationRow[]> {
  let query = db
    .selectFrom('organisation')
    .selectAll()
    .orderBy('id')
    .limit(page.limit + 1);
  if (page.cursor !== undefined) {
    query = query.where('id', '>', page.cursor);
  }
  return query.execute();
}

export async function isKnownCode(db: Kysely<Database>, codelist: string, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('codelist_item')
    .select('code')
    .where('codelist_name', '=', codelist)
    .where('code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isIatiIdentifierTaken(
  db: Kysely<Database>,
  identifier: string,
  exceptId?: string,
): Promise<boolean> {
  let query = db.selectFrom('organisation').select('id').where('iati_identifier', '=', identifier);
  if (exceptId !== undefined) {
    query = query.where('id', '!=', exceptId);
  }
  return (await query.executeTakeFirst()) !== undefined;
}

/** Whether any activity the organisation reports has a transaction or budget (filed by fiscal year). */
export async function hasRecordedMoney(db: Kysely<Database>, organisationId: string): Promise<boolean> {
  const activities = db.selectFrom('activity').select('id').where('reporting_org_id', '=', organisationId);
  const [transaction, budget] = await Promise.all([
    db
      .selectFrom('funding_transaction')
      .select('id')
      .where('activity_id', 'in', activities)
      .limit(1)
      .executeTakeFirst(),
    db.selectFrom('budget').select('id').where('activity_id', 'in', activities).limit(1).executeTakeFirst(),
  ]);
  return transaction !== undefined || budget !== undefined;
}
