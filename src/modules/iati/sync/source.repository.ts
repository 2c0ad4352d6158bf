import { sql, type Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';

type Db = Kysely<Database>;

/** The source with this id, if any. */
export async function findSource(db: Db, id: string): Promise<IatiSourceRow | undefined> {
  return db.selectFrom('iati_source').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The source with this name, if any (names are unique). */
export async function findSourceByName(db: Db, name: string): Promise<IatiSourceRow | undefined> {
  return db.selectFrom('iati_source').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Every registered source, by name. */
export async function listSourceRows(db: Db): Promise<IatiSourceRow[]> {
  return db.selectFrom('iati_source').selectAll().orderBy('name').execute();
}

/** How many files were imported for each source (every version). */
export async function countFilesBySource(db: Db, sourceId?: string): Promise<Map<string, number>> {
  let query = db
    .selectFrom('iati_source_file')
    .select(['source_id', (eb) => eb.fn.countAll<number | string>().as('files')])
    .where('source_id', 'is not', null);
  if (sourceId !== undefined) {
    query = query.where('source_id', '=', sourceId);
  }
  const rows = await query.groupBy('source_id').execute();
  return new Map(rows.map((row) => [row.source_id ?? '', Number(row.files)]));
}

/**
 * The reconciliations of the files each source currently resolves to: the file of each URL's last good
 * fetch (older versions describe data that a newer file replaced).
 */
export async function currentReconciliations(
  db: Db,
  sourceId?: string,
): Promise<{ sourceId: string; json: string | null }[]> {
  let query = db
    .selectFrom('iati_source_resource as r')
    .innerJoin('iati_source_file as f', (join) =>
      join.onRef('f.sha256', '=', 'r.sha256').onRef('f.source_id', '=', 'r.source_id'),
    )
    .select(['r.source_id', 'f.reconciliation']);
  if (sourceId !== undefined) {
    query = query.where('r.source_id', '=', sourceId);
  }
  const rows = await query.execute();
  return rows.map((row) => ({ sourceId: row.source_id, json: row.reconciliation }));
}

/** The addresses a source resolved to, with the validators of their last good fetch. */
export async function listResources(db: Db, sourceId: string) {
  return db
    .selectFrom('iati_source_resource')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('url')
    .execute();
}

/** A source's latest attempts, newest first. */
export async function latestAttempts(db: Db, sourceId: string, limit: number): Promise<IatiSyncAttemptRow[]> {
  return (
    db
      .selectFrom('iati_sync_attempt')
      .selectAll()
      .where('source_id', '=', sourceId)
      .orderBy('started_at', 'desc')
      // A run and its first URL may start in the same millisecond: the URL, which starts after, comes first.
      .orderBy(sql`CASE WHEN url IS NULL THEN 1 ELSE 0 END`)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
  );
}

/** Imported files, newest first, each with its latest import job; of one source when `sourceId` is given. */
export async function listFileRows(db: Db, filter: { sourceId?: string; limit: number }) {
  let query = db
    .selectFrom('iati_source_file as f')
    .selectAll('f')
    .select((eb) =>
      eb
        .selectFrom('import_job as j')
        .select('j.id')
        .whereRef('j.source_file_id', '=', 'f.id')
        .orderBy('j.created_at', 'desc')
        .orderBy('j.id', 'desc')
        .limit(1)
        .as('last_job_id'),
    );
  if (filter.sourceId !== undefined) {
    query = query.where('f.source_id', '=', filter.sourceId);
  }
  return query.orderBy('f.imported_at', 'desc').orderBy('f.id', 'desc').limit(filter.limit).execute();
}
export type FileRow = Awaited<ReturnType<typeof listFileRows>>[number];
