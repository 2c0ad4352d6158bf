import { sql, type Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { NANOS_PER_UNIT, toUnitsAndNanos } from '@/shared/money';
import { isIdList, loadShares, type ActivityIds } from './activity-shares';
import { splitByShares } from './split-shares';

/** Whether a transaction counts (docs/FUNDING.md rule 4): the receiving side of a recorded transfer does not. */
export const COUNTED = sql<number>`CASE WHEN t.type IN ('1', '11', '13') AND t.provider_activity_id IS NOT NULL THEN 0 ELSE 1 END`;

/** Whether a transaction is charged to an appropriation account (US appropriated money). */
export const APPROPRIATED = sql<number>`CASE WHEN t.account_code IS NULL THEN 0 ELSE 1 END`;

export interface CubeCell {
  country: string;
  goal: string;
  fiscal_year: number;
  type: string;
  currency: string;
  is_demo: number;
  counted: number;
  appropriated: number;
  cents: bigint;
  nanos: bigint;
  transactions: number;
  lead: number;
}

const keyOf = (cell: Omit<CubeCell, 'cents' | 'nanos' | 'transactions' | 'lead'>) =>
  JSON.stringify([
    cell.country,
    cell.goal,
    cell.fiscal_year,
    cell.type,
    cell.currency,
    cell.is_demo,
    cell.counted,
    cell.appropriated,
  ]);

/**
 * The cube cells of some activities' transactions: each (activity, fiscal year, type, currency) sum
 * split over the activity's countries × CARSI goals.
 */
export async function cubeCellsOf(
  db: Kysely<Database>,
  activityIds: ActivityIds,
): Promise<Map<string, CubeCell>> {
  let query = db
    .selectFrom('funding_transaction as t')
    .innerJoin('activity as a', 'a.id', 't.activity_id')
    .select([
      't.activity_id',
      't.fiscal_year',
      't.type',
      't.currency',
      'a.is_demo',
      COUNTED.as('counted'),
      APPROPRIATED.as('appropriated'),
      sql<string>`CAST(SUM(t.amount_units) AS TEXT)`.as('units'),
      sql<string>`CAST(SUM(t.amount_nanos) AS TEXT)`.as('nanos'),
      sql<string>`CAST(SUM(t.usd_cents) AS TEXT)`.as('cents'),
      sql<string>`COUNT(*)`.as('count'),
    ])
    .groupBy([
      't.activity_id',
      't.fiscal_year',
      't.type',
      't.currency',
      'a.is_demo',
      sql`${COUNTED}`,
      sql`${APPROPRIATED}`,
    ]);
  if (isIdList(activityIds)) {
    query = query.where('t.activity_id', 'in', activityIds.length === 0 ? [''] : [...activityIds]);
  }
  const [groups, countries, goals] = await Promise.all([
    query.execute(),
    loadShares(db, 'country', activityIds),
    loadShares(db, 'goal', activityIds),
  ]);
  const cells = new Map<string, CubeCell>();
  for (const group of groups) {
    const parts = splitByShares(
      { cents: BigInt(group.cents), nanos: BigInt(group.units) * NANOS_PER_UNIT + BigInt(group.nanos) },
      [
        { dimension: 'country', shares: countries.get(group.activity_id) },
        { dimension: 'goal', shares: goals.get(group.activity_id) },
      ],
    );
    parts.forEach((part, index) => {
      const coordinates = {
        country: part.values.country ?? '',
        goal: part.values.goal ?? '',
        fiscal_year: Number(group.fiscal_year),
        type: group.type,
        currency: group.currency,
        is_demo: Number(group.is_demo),
        counted: Number(group.counted),
        appropriated: Number(group.appropriated),
      };
      const key = keyOf(coordinates);
      const cell = cells.get(key) ?? { ...coordinates, cents: 0n, nanos: 0n, transactions: 0, lead: 0 };
      cell.cents += part.cents;
      cell.nanos += part.nanos;
      cell.transactions += Number(group.count);
      cell.lead += index === 0 ? Number(group.count) : 0;
      cells.set(key, cell);
    });
  }
  return cells;
}

/** Adds `after − before` to the stored cube, cell by cell. */
export async function applyCubeDelta(
  db: Kysely<Database>,
  before: ReadonlyMap<string, CubeCell>,
  after: ReadonlyMap<string, CubeCell>,
): Promise<void> {
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(key);
    const now = after.get(key);
    const base = (now ?? old) as CubeCell;
    const cents = (now?.cents ?? 0n) - (old?.cents ?? 0n);
    const nanos = (now?.nanos ?? 0n) - (old?.nanos ?? 0n);
    const transactions = (now?.transactions ?? 0) - (old?.transactions ?? 0);
    const lead = (now?.lead ?? 0) - (old?.lead ?? 0);
    if (cents === 0n && nanos === 0n && transactions === 0 && lead === 0) {
      continue;
    }
    const { units, nanos: fraction } = toUnitsAndNanos(nanos);
    const row = {
      country: base.country,
      goal: base.goal,
      fiscal_year: base.fiscal_year,
      type: base.type,
      currency: base.currency,
      is_demo: base.is_demo,
      counted: base.counted,
      appropriated: base.appropriated,
      usd_cents: cents.toString(),
      amount_units: units.toString(),
      amount_nanos: String(fraction),
      transactions,
      lead_transactions: lead,
    };
    await db
      .insertInto('funding_cube')
      .values(row)
      .onConflict((conflict) =>
        conflict
          .columns([
            'country',
            'goal',
            'fiscal_year',
            'type',
            'currency',
            'is_demo',
            'counted',
            'appropriated',
          ])
          .doUpdateSet((eb) => ({
            usd_cents: eb('funding_cube.usd_cents', '+', eb.ref('excluded.usd_cents')),
            amount_units: eb('funding_cube.amount_units', '+', eb.ref('excluded.amount_units')),
            amount_nanos: eb('funding_cube.amount_nanos', '+', eb.ref('excluded.amount_nanos')),
            transactions: eb('funding_cube.transactions', '+', eb.ref('excluded.transactions')),
            lead_transactions: eb(
              'funding_cube.lead_transactions',
              '+',
              eb.ref('excluded.lead_transactions'),
            ),
          })),
      )
      .execute();
  }
}
