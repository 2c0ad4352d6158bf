import type { Kysely } from 'kysely';

// Frozen. IATI imports: the files read (by content hash), which file each imported activity last came from
// (and the hash of what it published, so re-importing an unchanged activity changes nothing), import jobs
// with their report, and every finding of a job with its place in the file.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('iati_source_file')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull().unique())
    .addColumn('size_bytes', 'bigint', (col) => col.notNull())
    .addColumn('iati_version', 'text')
    .addColumn('generated_at', 'text')
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .addColumn('imported_by', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('activity_source')
    .addColumn('activity_id', 'text', (col) =>
      col.primaryKey().notNull().references('activity.id').onDelete('cascade'),
    )
    .addColumn('source_file_id', 'text', (col) => col.notNull().references('iati_source_file.id'))
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('activity_iati_identifier_idx')
    .on('activity')
    .column('iati_identifier')
    .execute();
  await db.schema
    .createTable('import_job')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('size_bytes', 'bigint', (col) => col.notNull())
    .addColumn('bytes_read', 'bigint', (col) => col.notNull())
    .addColumn('dry_run', 'integer', (col) => col.notNull())
    .addColumn('validate', 'integer', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('source_file_id', 'text', (col) => col.references('iati_source_file.id'))
    .addColumn('report', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema
    .createIndex('import_job_created_idx')
    .on('import_job')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createTable('import_finding')
    .addColumn('job_id', 'text', (col) => col.notNull().references('import_job.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('severity', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('line_number', 'integer')
    .addColumn('column_number', 'integer')
    .addColumn('activity_identifier', 'text')
    .addColumn('activity_id', 'text')
    .addColumn('message_es', 'text', (col) => col.notNull())
    .addColumn('message_en', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('import_finding_pk', ['job_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('import_finding_severity_idx')
    .on('import_finding')
    .columns(['job_id', 'severity', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_finding').execute();
  await db.schema.dropTable('import_job').execute();
  await db.schema.dropIndex('activity_iati_identifier_idx').execute();
  await db.schema.dropTable('activity_source').execute();
  await db.schema.dropTable('iati_source_file').execute();
}
