import type { Kysely } from 'kysely';

// Frozen: never edit after it has shipped; add a new migration instead. Imports only kysely.
// Types are chosen to mean the same on SQLite and PostgreSQL: text, integer, double precision.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reference_dataset')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('file', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('row_count', 'integer', (col) => col.notNull())
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('framework')
    .addColumn('code', 'text', (col) => col.primaryKey().notNull())
    .addColumn('name_es', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('description_es', 'text', (col) => col.notNull())
    .addColumn('description_en', 'text', (col) => col.notNull())
    .addColumn('source_title', 'text', (col) => col.notNull())
    .addColumn('source_url', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('framework_element')
    .addColumn('framework_code', 'text', (col) =>
      col.notNull().references('framework.code').onDelete('cascade'),
    )
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('name_es', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('description_es', 'text', (col) => col.notNull())
    .addColumn('description_en', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('framework_element_pk', ['framework_code', 'code'])
    .execute();

  await db.schema
    .createTable('country')
    .addColumn('code', 'text', (col) => col.primaryKey().notNull())
    .addColumn('iso3', 'text', (col) => col.notNull().unique())
    .addColumn('numeric_code', 'text', (col) => col.notNull())
    .addColumn('name_es', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('subdivision_type_es', 'text', (col) => col.notNull())
    .addColumn('subdivision_type_en', 'text', (col) => col.notNull())
    .addColumn('boundary', 'text')
    .execute();

  await db.schema
    .createTable('subdivision')
    .addColumn('code', 'text', (col) => col.primaryKey().notNull())
    .addColumn('country_code', 'text', (col) => col.notNull().references('country.code'))
    .addColumn('name_es', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('type_es', 'text', (col) => col.notNull())
    .addColumn('type_en', 'text', (col) => col.notNull())
    .addColumn('boundary', 'text')
    .execute();
  await db.schema.createIndex('subdivision_country_idx').on('subdivision').column('country_code').execute();

  await db.schema
    .createTable('codelist')
    .addColumn('name', 'text', (col) => col.primaryKey().notNull())
    .addColumn('embedded', 'integer', (col) => col.notNull())
    .addColumn('complete', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('codelist_item')
    .addColumn('codelist_name', 'text', (col) =>
      col.notNull().references('codelist.name').onDelete('cascade'),
    )
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('name_es', 'text')
    .addColumn('description_en', 'text')
    .addColumn('category', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('withdrawal_date', 'text')
    .addPrimaryKeyConstraint('codelist_item_pk', ['codelist_name', 'code'])
    .execute();

  await db.schema
    .createTable('statistic_dataset')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('indicator', 'text', (col) => col.notNull())
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('title_es', 'text', (col) => col.notNull())
    .addColumn('title_en', 'text', (col) => col.notNull())
    .addColumn('publisher', 'text', (col) => col.notNull())
    .addColumn('licence', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('caveats', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('statistic_value')
    .addColumn('dataset_id', 'text', (col) =>
      col.notNull().references('statistic_dataset.id').onDelete('cascade'),
    )
    .addColumn('country_code', 'text', (col) => col.notNull().references('country.code'))
    // The unit as the source names it: the country code for national rows, else e.g. "Triángulo Minero".
    .addColumn('unit_name', 'text', (col) => col.notNull())
    .addColumn('subdivision_code', 'text', (col) => col.references('subdivision.code'))
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('value', 'double precision', (col) => col.notNull())
    .addPrimaryKeyConstraint('statistic_value_pk', ['dataset_id', 'country_code', 'unit_name', 'year'])
    .execute();
  await db.schema
    .createIndex('statistic_value_lookup_idx')
    .on('statistic_value')
    .columns(['dataset_id', 'country_code', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'statistic_value',
    'statistic_dataset',
    'codelist_item',
    'codelist',
    'subdivision',
    'country',
    'framework_element',
    'framework',
    'reference_dataset',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
