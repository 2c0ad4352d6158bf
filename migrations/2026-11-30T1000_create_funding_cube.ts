import type { Kysely } from 'kysely';

// Frozen. The funding cube: transactions summed by fiscal year, type and currency and split over countries ×
// CARSI goals, kept up to date in
// the transaction of every change, so the portfolio's headline summaries read thousands of rows instead of
// millions. Empty text ('') stands for "unspecified / regional" in the key columns.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('funding_cube')
    .addColumn('country', 'text', (col) => col.notNull())
    .addColumn('goal', 'text', (col) => col.notNull())
    .addColumn('fiscal_year', 'integer', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('is_demo', 'integer', (col) => col.notNull())
    .addColumn('counted', 'integer', (col) => col.notNull())
    // 1 when charged to an appropriation account: the money whose unobligated balance is meaningful.
    .addColumn('appropriated', 'integer', (col) => col.notNull())
    .addColumn('usd_cents', 'bigint', (col) => col.notNull())
    .addColumn('amount_units', 'bigint', (col) => col.notNull())
    .addColumn('amount_nanos', 'bigint', (col) => col.notNull())
    // Transactions with a part in the cell, and those counted here once (in their first cell), for totals.
    .addColumn('transactions', 'integer', (col) => col.notNull())
    .addColumn('lead_transactions', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('funding_cube_pk', [
      'country',
      'goal',
      'fiscal_year',
      'type',
      'currency',
      'is_demo',
      'counted',
      'appropriated',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('funding_cube').execute();
}
