import { sql, type Expression, type Kysely } from 'kysely';
import { authorize } from '@/modules/access';
import { ActivityFilters, applyActivityFilters } from '@/modules/activities';
import type { ServiceContext } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import { ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import {
  APPROPRIATED,
  COUNTED,
  loadShares,
  SHARE_DIMENSIONS,
  splitByShares,
  type Share,
  type ShareDimension,
} from '@/modules/funding-cube';
import { stageOf, TRANSACTION_TYPES } from '@/shared/funding-stages';
import { formatCents, formatNanos, NANOS_PER_UNIT } from '@/shared/money';
import { cubeAnswers, readFundingCube } from './read-funding-cube';
import { SummaryCells, type SummaryCell } from './summary-cells';
import {
  FundingSummaryQuery,
  type FundingSummaryFilters,
  type FundingSummaryOutput,
  type SummaryDimension,
  type SummaryRowOutput,
} from './summary.schemas';

/** Activity filters that select by a share: with attribution, only that share's part of the money counts. */
const SHARE_FILTERS: Partial<Record<ShareDimension, keyof ActivityFilters>> = {
  country: 'country',
  subdivision: 'subdivision',
  goal: 'goal',
  escaComponent: 'escaComponent',
  sector: 'sector',
};

interface GroupedRow {
  activity_id?: string;
  organisation?: string | null;
  account?: string | null;
  fiscal_year?: number | string;
  type?: string;
  currency?: string;
  units: string | number;
  nanos: string | number;
  cents: string | number;
  count: string | number;
}

/** The filters that select activities (the rest select transactions). */
const ACTIVITY_FILTER_KEYS: ReadonlySet<string> = new Set(Object.keys(ActivityFilters.shape));

/** A query of the ids of the activities the filters select; undefined when they select every activity. */
function activitySelection(db: Kysely<Database>, filters: FundingSummaryFilters) {
  const active = Object.entries(filters).some(
    ([key, value]) => value !== undefined && ACTIVITY_FILTER_KEYS.has(key),
  );
  return active ? applyActivityFilters(db.selectFrom('activity').select('activity.id'), filters) : undefined;
}

/** Sums transactions in SQL, grouped by the transaction dimensions (and by activity when splitting). */
async function groupTransactions(
  db: Kysely<Database>,
  filters: FundingSummaryFilters,
  byActivity: boolean,
): Promise<GroupedRow[]> {
  const dims = new Set(filters.groupBy);
  const selection = activitySelection(db, filters);
  let query = db.selectFrom('funding_transaction as t').innerJoin('activity as a', 'a.id', 't.activity_id');
  if (selection !== undefined) {
    query = query.where('t.activity_id', 'in', selection);
  }
  if (filters.fiscalYear !== undefined) {
    query = query.where('t.fiscal_year', '=', filters.fiscalYear);
  }
  if (filters.fiscalYearFrom !== undefined) {
    query = query.where('t.fiscal_year', '>=', filters.fiscalYearFrom);
  }
  if (filters.fiscalYearTo !== undefined) {
    query = query.where('t.fiscal_year', '<=', filters.fiscalYearTo);
  }
  if (filters.account !== undefined) {
    query = query.where('t.account_code', '=', filters.account);
  }
  if (filters.currency !== undefined) {
    query = query.where('t.currency', '=', filters.currency);
  }
  if (filters.appropriated !== undefined) {
    query = query.where('t.account_code', 'is not', null);
  }
  if (filters.transactionType !== undefined) {
    query = query.where('t.type', '=', filters.transactionType);
  }
  if (filters.stage !== undefined) {
    const stage = filters.stage;
    query = query.where(
      't.type',
      'in',
      TRANSACTION_TYPES.filter((type) => stageOf(type) === stage),
    );
  }
  if (!filters.raw) {
    // Pass-through rule (docs/FUNDING.md): the receiving side of a transfer between two recorded
    // activities is left out; the provider's transaction already counts that money.
    query = query.where(sql<boolean>`${COUNTED} = 1`);
  }
  const groupColumns: string[] = [];
  let select = query.select([
    sql<string>`CAST(SUM(t.amount_units) AS TEXT)`.as('units'),
    sql<string>`CAST(SUM(t.amount_nanos) AS TEXT)`.as('nanos'),
    sql<string>`CAST(SUM(t.usd_cents) AS TEXT)`.as('cents'),
    sql<string>`COUNT(*)`.as('count'),
  ]);
  const add = (expression: Expression<unknown>, alias: string) => {
    select = select.select(sql`${expression}`.as(alias));
    groupColumns.push(alias);
  };
  if (byActivity) {
    // The grain every split starts from, the same as the funding cube's (so both give the same cents).
    add(sql.ref('t.activity_id'), 'activity_id');
    add(sql.ref('t.fiscal_year'), 'fiscal_year');
    add(sql.ref('t.type'), 'type');
    add(sql.ref('t.currency'), 'currency');
    add(APPROPRIATED, 'appropriated');
  }
  if (dims.has('organisation')) {
    add(sql`COALESCE(t.provider_org_id, a.reporting_org_id)`, 'organisation');
  }
  if (dims.has('account')) {
    add(sql.ref('t.account_code'), 'account');
  }
  if (!byActivity && dims.has('fiscalYear')) {
    add(sql.ref('t.fiscal_year'), 'fiscal_year');
  }
  if (!byActivity && (dims.has('stage') || dims.has('transactionType'))) {
    add(sql.ref('t.type'), 'type');
  }
  if (!byActivity && dims.has('currency')) {
    add(sql.ref('t.currency'), 'currency');
  }
  const grouped =
    groupColumns.length === 0 ? select : select.groupBy(groupColumns.map((column) => sql.ref(column)));
  return grouped.execute();
}

/** The dimensions of a SQL row that come from the transaction. */
function transactionDims(row: GroupedRow, groupBy: readonly SummaryDimension[]): SummaryCell['dims'] {
  const dims: SummaryCell['dims'] = {};
  for (const dimension of groupBy) {
    switch (dimension) {
      case 'organisation':
        dims.organisation = row.organisation ?? null;
        break;
      case 'account':
        dims.account = row.account ?? null;
        break;
      case 'fiscalYear':
        dims.fiscalYear = Number(row.fiscal_year);
        break;
      case 'stage':
        dims.stage = stageOf(row.type ?? '');
        break;
      case 'transactionType':
        dims.transactionType = row.type ?? '';
        break;
      case 'currency':
        dims.currency = row.currency ?? '';
        break;
      default:
        break; // share dimensions come from the split
    }
  }
  return dims;
}

/** Parts one activity's money may be split into at once; beyond it a summary asks for fewer dimensions. */
const MAX_PARTS = 20_000;

/**
 * Refuses a split whose parts would multiply beyond MAX_PARTS (e.g. many countries × subdivisions × sectors),
 * which would hold the server's only thread for seconds.
 * @throws ValidationError on `query.groupBy`
 */
function refuseHugeSplits(dimensions: readonly { shares: readonly Share[] | undefined }[]): void {
  const parts = dimensions.reduce((product, { shares }) => product * Math.max(1, shares?.length ?? 1), 1);
  if (parts > MAX_PARTS) {
    throw new ValidationError([
      {
        path: 'query.groupBy',
        code: 'too_many_parts',
        message: {
          es: `Un reparto de actividad tendría ${parts} partes (más de ${MAX_PARTS}); agrupe o filtre por menos dimensiones de actividad.`,
          en: `One activity's split would have ${parts} parts (more than ${MAX_PARTS}); group or filter by fewer activity dimensions.`,
        },
      },
    ]);
  }
}

/**
 * The full computation from the transactions: sums per activity, fiscal year, type and currency (and the
 * requested transaction dimensions), each split over countries × goals and any other activity dimension
 * asked for or filtered on; parts outside a share filter are left out.
 */
async function sumTransactions(
  db: Kysely<Database>,
  filters: FundingSummaryFilters,
  grouped: readonly ShareDimension[],
  filtered: readonly ShareDimension[],
): Promise<SummaryCells> {
  // The canonical split is over countries × goals, plus any other activity dimension asked for.
  const extra = [...grouped, ...filtered].filter(
    (dimension) => dimension !== 'country' && dimension !== 'goal',
  );
  const splitBy: ShareDimension[] =
    grouped.length + filtered.length === 0 ? [] : ['country', 'goal', ...extra];
  const rows = await groupTransactions(db, filters, splitBy.length > 0);
  const shares = new Map<ShareDimension, Map<string, Share[]>>();
  for (const dimension of splitBy) {
    shares.set(dimension, await loadShares(db, dimension, activitySelection(db, filters)));
  }
  const cells = new SummaryCells(filters.groupBy);
  for (const row of rows) {
    const nanos = BigInt(row.units ?? 0) * NANOS_PER_UNIT + BigInt(row.nanos ?? 0);
    const cents = BigInt(row.cents ?? 0);
    const count = Number(row.count);
    cells.transactions += count;
    const dims = transactionDims(row, filters.groupBy);
    if (splitBy.length === 0) {
      cells.add(dims, nanos, cents, count);
      continue;
    }
    const dimensions = splitBy.map((dimension) => ({
      dimension,
      shares: shares.get(dimension)?.get(row.activity_id ?? ''),
    }));
    refuseHugeSplits(dimensions);
    const parts = splitByShares({ cents, nanos }, dimensions);
    for (const part of parts) {
      const outside = filtered.some(
        (dimension) => part.values[dimension] !== filters[SHARE_FILTERS[dimension] as keyof ActivityFilters],
      );
      if (!outside) {
        cells.add({ ...dims, ...pick(part.values, grouped) }, part.nanos, part.cents, count);
      }
    }
  }
  return cells;
}

/**
 * Sums funding, grouped by the requested dimensions. By default each transaction is split over its
 * activity's percentages (countries, subdivisions, goals, ESCA components, sectors) exactly — parts are
 * whole cents that add up to the transaction — and the receiving side of pass-through transfers is left
 * out (docs/FUNDING.md). `raw` sums the stored transactions as reported.
 * @throws AppError `unauthenticated`; ValidationError
 */
export async function summarizeFunding({
  ctx,
  input,
  useCube = true,
}: {
  ctx: ServiceContext;
  input: FundingSummaryQuery;
  /** Tests compare the cube's answers with the full computation's. */
  useCube?: boolean;
}): Promise<FundingSummaryOutput> {
  authorize(ctx.actor, 'funding.read');
  const filters = parseInput(FundingSummaryQuery, input, 'query');
  const grouped = SHARE_DIMENSIONS.filter((dimension) => filters.groupBy.includes(dimension));
  if (filters.raw && grouped.length > 0) {
    throw new ValidationError([
      {
        path: 'query.groupBy',
        code: 'raw_needs_transaction_dimensions',
        message: {
          es: `raw=true suma las transacciones tal como se publicaron, sin repartirlas; agrupe por organisation, account, fiscalYear, stage, transactionType o currency (no por ${grouped.join(', ')}).`,
          en: `raw=true sums transactions as published, without splitting them; group by organisation, account, fiscalYear, stage, transactionType or currency (not by ${grouped.join(', ')}).`,
        },
      },
    ]);
  }
  const filtered = filters.raw
    ? []
    : SHARE_DIMENSIONS.filter((dimension) => {
        const key = SHARE_FILTERS[dimension];
        return key !== undefined && filters[key] !== undefined && !grouped.includes(dimension);
      });
  if (useCube && cubeAnswers(filters)) {
    const cells = await readFundingCube(ctx.db, filters);
    return toSummaryOutput(filters, cells.values(), cells.transactions);
  }
  const cells = await sumTransactions(ctx.db, filters, grouped, filtered);
  return toSummaryOutput(filters, cells.values(), cells.transactions);
}

/** Only the requested share dimensions of a part (the canonical split may hold more). */
function pick(values: Partial<Record<ShareDimension, string | null>>, grouped: readonly ShareDimension[]) {
  return Object.fromEntries(grouped.map((dimension) => [dimension, values[dimension] ?? null]));
}

function toSummaryOutput(
  filters: FundingSummaryFilters,
  cells: SummaryCell[],
  transactions: number,
): FundingSummaryOutput {
  const byCurrency = filters.groupBy.includes('currency');
  const outputRows: SummaryRowOutput[] = cells.map((cell) => ({
    ...cell.dims,
    ...(byCurrency ? { amount: formatNanos(cell.nanos) } : {}),
    amountUsd: formatCents(cell.cents),
    ...(filters.raw ? { transactions: cell.transactions } : {}),
  })) as SummaryRowOutput[];
  outputRows.sort((a, b) => {
    for (const dimension of filters.groupBy) {
      const left = String(a[dimension] ?? '\uffff');
      const right = String(b[dimension] ?? '\uffff');
      if (left !== right) {
        return left.localeCompare(right, 'en', { numeric: true });
      }
    }
    return 0;
  });
  const totalCents = cells.reduce((sum, cell) => sum + cell.cents, 0n);
  return {
    groupBy: filters.groupBy,
    raw: filters.raw,
    rows: outputRows,
    totalUsd: formatCents(totalCents),
    transactions,
  };
}
