import { sql, type Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { stageOf, TRANSACTION_TYPES } from '@/shared/funding-stages';
import { NANOS_PER_UNIT } from '@/shared/money';
import { SummaryCells } from './summary-cells';
import type { FundingSummaryFilters, SummaryDimension } from './summary.schemas';

const CUBE_DIMENSIONS: ReadonlySet<SummaryDimension> = new Set([
  'country',
  'goal',
  'fiscalYear',
  'stage',
  'transactionType',
  'currency',
]);
const CUBE_FILTERS = new Set([
  'groupBy',
  'raw',
  'fiscalYear',
  'fiscalYearFrom',
  'fiscalYearTo',
  'stage',
  'transactionType',
  'currency',
  'appropriated',
  'demo',
]);

/**
 * Whether the funding cube can answer: counted figures grouped by its dimensions, filtered only by
 * fiscal year, stage, type, currency, appropriated money and the demo flag. It then gives exactly what the full computation gives.
 */
export function cubeAnswers(filters: FundingSummaryFilters): boolean {
  return (
    !filters.raw &&
    filters.groupBy.every((dimension) => CUBE_DIMENSIONS.has(dimension)) &&
    Object.entries(filters).every(([key, value]) => value === undefined || CUBE_FILTERS.has(key))
  );
}

const COLUMN: Partial<Record<SummaryDimension, string>> = {
  country: 'country',
  goal: 'goal',
  fiscalYear: 'fiscal_year',
  stage: 'type',
  transactionType: 'type',
  currency: 'currency',
};

/** Sums the cube's counted cells by the requested dimensions. */
export async function readFundingCube(
  db: Kysely<Database>,
  filters: FundingSummaryFilters,
): Promise<SummaryCells> {
  const columns = [...new Set(filters.groupBy.map((dimension) => COLUMN[dimension] ?? ''))];
  let query = db
    .selectFrom('funding_cube')
    .select([
      sql<string>`CAST(SUM(usd_cents) AS TEXT)`.as('cents'),
      sql<string>`CAST(SUM(amount_units) AS TEXT)`.as('units'),
      sql<string>`CAST(SUM(amount_nanos) AS TEXT)`.as('nanos'),
      sql<string>`SUM(transactions)`.as('transactions'),
      sql<string>`SUM(lead_transactions)`.as('lead'),
    ])
    .where('counted', '=', 1);
  for (const column of columns) {
    query = query.select(sql.ref(column).as(column));
  }
  if (filters.fiscalYear !== undefined) {
    query = query.where('fiscal_year', '=', filters.fiscalYear);
  }
  if (filters.fiscalYearFrom !== undefined) {
    query = query.where('fiscal_year', '>=', filters.fiscalYearFrom);
  }
  if (filters.fiscalYearTo !== undefined) {
    query = query.where('fiscal_year', '<=', filters.fiscalYearTo);
  }
  if (filters.currency !== undefined) {
    query = query.where('currency', '=', filters.currency);
  }
  if (filters.transactionType !== undefined) {
    query = query.where('type', '=', filters.transactionType);
  }
  if (filters.appropriated !== undefined) {
    query = query.where('appropriated', '=', 1);
  }
  if (filters.demo !== undefined) {
    query = query.where('is_demo', '=', filters.demo === 'true' ? 1 : 0);
  }
  if (filters.stage !== undefined) {
    const stage = filters.stage;
    query = query.where(
      'type',
      'in',
      TRANSACTION_TYPES.filter((type) => stageOf(type) === stage),
    );
  }
  const rows = (await (
    columns.length === 0 ? query : query.groupBy(columns.map((column) => sql.ref(column)))
  ).execute()) as Record<string, string | number | null>[];
  const cells = new SummaryCells(filters.groupBy);
  for (const row of rows) {
    const text = (column: string) =>
      row[column] === '' || row[column] === null ? null : String(row[column]);
    const dims: Parameters<SummaryCells['add']>[0] = {};
    for (const dimension of filters.groupBy) {
      const value = text(COLUMN[dimension] ?? '');
      dims[dimension] =
        dimension === 'fiscalYear'
          ? Number(value)
          : dimension === 'stage'
            ? stageOf(value ?? '')
            : dimension === 'currency' || dimension === 'transactionType'
              ? (value ?? '')
              : value;
    }
    cells.add(
      dims,
      BigInt(row.units ?? 0) * NANOS_PER_UNIT + BigInt(row.nanos ?? 0),
      BigInt(row.cents ?? 0),
      Number(row.transactions ?? 0),
    );
    cells.transactions += Number(row.lead ?? 0);
  }
  return cells;
}
