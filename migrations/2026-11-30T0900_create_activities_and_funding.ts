import type { Kysely } from 'kysely';

// Frozen. The portfolio of record: activities (programme → project → activity) with their IATI-aligned
// parts, attributions to strategic frameworks, budgets, transactions, appropriation accounts, dated exchange
// rates, period locks and funding events. Money is exact: `*_units` (whole units, bigint) plus `*_nanos`
// (billionths, same sign), so SQL sums stay exact integers on both dialects. Percentages are integer
// hundredths of a percent (10000 = 100 %).

export async function up(db: Kysely<any>): Promise<void> {
  // Fiscal-year convention of each organisation: the month its fiscal year starts (10 = US federal).
  await db.schema
    .alterTable('organisation')
    .addColumn('fiscal_year_start_month', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  // Organisations of the fictional demo portfolio are marked, like every demo record.
  await db.schema
    .alterTable('organisation')
    .addColumn('is_demo', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('activity')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('parent_id', 'text', (col) => col.references('activity.id'))
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('reporting_org_id', 'text', (col) => col.notNull().references('organisation.id'))
    .addColumn('iati_identifier', 'text')
    .addColumn('title_es', 'text', (col) => col.notNull())
    .addColumn('title_en', 'text', (col) => col.notNull())
    .addColumn('description_es', 'text', (col) => col.notNull())
    .addColumn('description_en', 'text', (col) => col.notNull())
    .addColumn('objectives_es', 'text', (col) => col.notNull())
    .addColumn('objectives_en', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('planned_start', 'text')
    .addColumn('planned_end', 'text')
    .addColumn('actual_start', 'text')
    .addColumn('actual_end', 'text')
    .addColumn('default_currency', 'text', (col) => col.notNull())
    .addColumn('tags', 'text', (col) => col.notNull())
    .addColumn('documents', 'text', (col) => col.notNull())
    // Largest recipient country (null: regional); for country-scoped permissions and sorting.
    .addColumn('primary_country', 'text')
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('workflow_state', 'text', (col) => col.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('is_demo', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addUniqueConstraint('activity_reporting_org_iati_unique', ['reporting_org_id', 'iati_identifier'])
    .execute();
  await db.schema.createIndex('activity_parent_idx').on('activity').column('parent_id').execute();
  await db.schema.createIndex('activity_updated_idx').on('activity').columns(['updated_at', 'id']).execute();
  await db.schema.createIndex('activity_title_es_idx').on('activity').columns(['title_es', 'id']).execute();
  await db.schema.createIndex('activity_title_en_idx').on('activity').columns(['title_en', 'id']).execute();
  await db.schema.createIndex('activity_start_idx').on('activity').columns(['planned_start', 'id']).execute();
  await db.schema
    .createIndex('activity_reporting_org_idx')
    .on('activity')
    .column('reporting_org_id')
    .execute();

  await db.schema
    .createTable('activity_participant')
    .addColumn('activity_id', 'text', (col) => col.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (col) => col.notNull().references('organisation.id'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('activity_participant_pk', ['activity_id', 'organisation_id', 'role'])
    .execute();
  await db.schema
    .createIndex('activity_participant_org_idx')
    .on('activity_participant')
    .column('organisation_id')
    .execute();

  // Sectors, recipient countries and regions, and framework elements share one shape: a code with a share.
  await db.schema
    .createTable('activity_share')
    .addColumn('activity_id', 'text', (col) => col.notNull().references('activity.id').onDelete('cascade'))
    // 'sector' (vocabulary = IATI SectorVocabulary), 'country', 'region', 'framework' (vocabulary = code)
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('vocabulary', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('percentage_e2', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('activity_share_pk', ['activity_id', 'kind', 'vocabulary', 'code'])
    .execute();
  await db.schema
    .createIndex('activity_share_code_idx')
    .on('activity_share')
    .columns(['kind', 'code', 'activity_id'])
    .execute();

  await db.schema
    .createTable('activity_location')
    .addColumn('activity_id', 'text', (col) => col.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('subdivision_code', 'text', (col) => col.notNull().references('subdivision.code'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('latitude', 'text')
    .addColumn('longitude', 'text')
    .addColumn('percentage_e2', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('activity_location_pk', ['activity_id', 'position'])
    .execute();
  await db.schema
    .createIndex('activity_location_subdivision_idx')
    .on('activity_location')
    .columns(['subdivision_code', 'activity_id'])
    .execute();

  await db.schema
    .createTable('appropriation_account')
    .addColumn('code', 'text', (col) => col.primaryKey().notNull())
    .addColumn('acronym', 'text', (col) => col.notNull())
    .addColumn('name_es', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();

  // Units of `currency` per US dollar for a month (YYYY-MM) or a day (YYYY-MM-DD), from a named source.
  await db.schema
    .createTable('exchange_rate')
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('units_per_usd', 'text', (col) => col.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('exchange_rate_pk', ['currency', 'period', 'source'])
    .execute();

  for (const table of ['funding_transaction', 'budget'] as const) {
    let create = db.schema
      .createTable(table)
      .addColumn('id', 'text', (col) => col.primaryKey().notNull())
      .addColumn('activity_id', 'text', (col) => col.notNull().references('activity.id'))
      .addColumn('type', 'text', (col) => col.notNull())
      .addColumn('amount_units', 'bigint', (col) => col.notNull())
      .addColumn('amount_nanos', 'integer', (col) => col.notNull())
      .addColumn('currency', 'text', (col) => col.notNull())
      .addColumn('value_date', 'text', (col) => col.notNull())
      .addColumn('fiscal_year', 'integer', (col) => col.notNull())
      .addColumn('usd_cents', 'bigint', (col) => col.notNull())
      .addColumn('usd_rate', 'text', (col) => col.notNull())
      .addColumn('usd_rate_period', 'text', (col) => col.notNull())
      .addColumn('usd_rate_source', 'text', (col) => col.notNull())
      .addColumn('is_demo', 'integer', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull());
    create =
      table === 'budget'
        ? create
            .addColumn('period_start', 'text', (col) => col.notNull())
            .addColumn('period_end', 'text', (col) => col.notNull())
        : create
            .addColumn('transaction_date', 'text', (col) => col.notNull())
            .addColumn('account_code', 'text', (col) => col.references('appropriation_account.code'))
            .addColumn('provider_org_id', 'text', (col) => col.references('organisation.id'))
            .addColumn('provider_activity_id', 'text', (col) => col.references('activity.id'))
            .addColumn('receiver_org_id', 'text', (col) => col.references('organisation.id'))
            .addColumn('receiver_activity_id', 'text', (col) => col.references('activity.id'))
            .addColumn('description', 'text', (col) => col.notNull());
    await create.execute();
    await db.schema.createIndex(`${table}_activity_idx`).on(table).column('activity_id').execute();
  }
  await db.schema
    .createIndex('funding_transaction_summary_idx')
    .on('funding_transaction')
    .columns(['activity_id', 'fiscal_year', 'type', 'currency', 'amount_units', 'amount_nanos', 'usd_cents'])
    .execute();

  await db.schema
    .createTable('period_lock')
    .addColumn('organisation_id', 'text', (col) => col.notNull().references('organisation.id'))
    .addColumn('fiscal_year', 'integer', (col) => col.notNull())
    .addColumn('locked_at', 'text', (col) => col.notNull())
    .addColumn('locked_by', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('period_lock_pk', ['organisation_id', 'fiscal_year'])
    .execute();

  await db.schema
    .createTable('funding_event')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('event_date', 'text', (col) => col.notNull())
    .addColumn('title_es', 'text', (col) => col.notNull())
    .addColumn('title_en', 'text', (col) => col.notNull())
    .addColumn('description_es', 'text', (col) => col.notNull())
    .addColumn('description_en', 'text', (col) => col.notNull())
    .addColumn('is_demo', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('funding_event_activity')
    .addColumn('event_id', 'text', (col) => col.notNull().references('funding_event.id').onDelete('cascade'))
    .addColumn('activity_id', 'text', (col) => col.notNull().references('activity.id'))
    .addPrimaryKeyConstraint('funding_event_activity_pk', ['event_id', 'activity_id'])
    .execute();
  await db.schema
    .createIndex('funding_event_activity_idx')
    .on('funding_event_activity')
    .column('activity_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'funding_event_activity',
    'funding_event',
    'period_lock',
    'funding_transaction',
    'budget',
    'exchange_rate',
    'appropriation_account',
    'activity_location',
    'activity_share',
    'activity_participant',
    'activity',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('organisation').dropColumn('fiscal_year_start_month').execute();
  await db.schema.alterTable('organisation').dropColumn('is_demo').execute();
}
