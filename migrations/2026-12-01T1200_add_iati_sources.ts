import type { Kysely } from 'kysely';

// Frozen. Where public data comes from and whether it reconciles: registered sources that are fetched on a
// schedule (a file URL, an IATI Registry publisher, a Datastore query, or files shipped with the product),
// the URLs each resolves to with their HTTP validators, every fetch attempt, and on each imported file its
// publisher, URL, licence and the totals it published next to what was stored. Extension elements and
// attributes of other namespaces (the US `usg:` ones) are kept per activity and transaction to be written
// back on export; a transaction's US fiscal funding year is kept as published.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('iati_source')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('location', 'text', (col) => col.notNull())
    .addColumn('publisher', 'text', (col) => col.notNull())
    .addColumn('licence', 'text', (col) => col.notNull())
    .addColumn('limitations_es', 'text', (col) => col.notNull())
    .addColumn('limitations_en', 'text', (col) => col.notNull())
    .addColumn('interval_hours', 'integer')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('iati_source_resource')
    .addColumn('source_id', 'text', (col) => col.notNull().references('iati_source.id').onDelete('cascade'))
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('sha256', 'text')
    .addColumn('checked_at', 'text')
    .addPrimaryKeyConstraint('iati_source_resource_pk', ['source_id', 'url'])
    .execute();
  await db.schema
    .alterTable('iati_source_file')
    .addColumn('source_id', 'text', (col) => col.references('iati_source.id'))
    .execute();
  for (const column of ['publisher', 'source_url', 'licence', 'reconciliation']) {
    await db.schema.alterTable('iati_source_file').addColumn(column, 'text').execute();
  }
  await db.schema
    .createTable('iati_sync_attempt')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('source_id', 'text', (col) => col.notNull().references('iati_source.id').onDelete('cascade'))
    .addColumn('url', 'text')
    .addColumn('trigger', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('http_status', 'integer')
    .addColumn('bytes', 'bigint')
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('error', 'text')
    .addColumn('job_id', 'text', (col) => col.references('import_job.id'))
    .addColumn('source_file_id', 'text', (col) => col.references('iati_source_file.id'))
    .execute();
  await db.schema
    .createIndex('iati_sync_attempt_source_idx')
    .on('iati_sync_attempt')
    .columns(['source_id', 'started_at'])
    .execute();
  await db.schema.alterTable('activity').addColumn('iati_extensions', 'text').execute();
  await db.schema.alterTable('funding_transaction').addColumn('iati_extensions', 'text').execute();
  await db.schema.alterTable('funding_transaction').addColumn('fiscal_funding_year', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('funding_transaction').dropColumn('fiscal_funding_year').execute();
  await db.schema.alterTable('funding_transaction').dropColumn('iati_extensions').execute();
  await db.schema.alterTable('activity').dropColumn('iati_extensions').execute();
  await db.schema.dropTable('iati_sync_attempt').execute();
  for (const column of ['reconciliation', 'licence', 'source_url', 'publisher', 'source_id']) {
    await db.schema.alterTable('iati_source_file').dropColumn(column).execute();
  }
  await db.schema.dropTable('iati_source_resource').execute();
  await db.schema.dropTable('iati_source').execute();
}
