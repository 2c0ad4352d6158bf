import type { Kysely } from 'kysely';

// Frozen. A running sync writes a heartbeat on its attempt every few seconds; a run whose heartbeat stopped
// (its process died) is taken as abandoned by the next claim, however long ago it started, and a run that
// still beats is never taken as abandoned, however long it lasts. Rows written before have none: their start
// time stands in for it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('iati_sync_attempt').addColumn('heartbeat_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('iati_sync_attempt').dropColumn('heartbeat_at').execute();
}
