import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/platform/db/database';
import { toUnitsAndNanos } from '@/shared/money';
import { applyCubeDelta, cubeCellsOf } from './cube-parts';

/**
 * Runs `change` — which may change transactions of `activityIds` or their countries and goals — and brings
 * the funding cube up to date in the same database transaction: the cells of those activities before the
 * change are taken out and their cells after it put in.
 */
export async function maintainFundingCube<T>(
  trx: Transaction<Database>,
  activityIds: readonly string[],
  change: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(activityIds)];
  if (ids.length === 0) {
    return change(); // no activity's cells can change
  }
  // Row locks on the activities (a no-op update locks on both dialects) keep a concurrent change of the
  // same activities from landing between the "before" and "after" reads, which would count it twice.
  await trx
    .updateTable('activity')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', 'in', ids)
    .execute();
  const before = await cubeCellsOf(trx, ids);
  const result = await change();
  await applyCubeDelta(trx, before, await cubeCellsOf(trx, ids));
  return result;
}

/** Rows per INSERT while rebuilding (well under both databases' parameter limits). */
const BATCH = 400;

/**
 * Recomputes the whole cube from the stored transactions (after bulk loads, or to repair it).
 * @returns the number of cells
 */
export async function rebuildFundingCube(trx: Transaction<Database> | Kysely<Database>): Promise<number> {
  await trx.deleteFrom('funding_cube').execute();
  const cells = [...(await cubeCellsOf(trx, undefined)).values()];
  for (let start = 0; start < cells.length; start += BATCH) {
    await trx
      .insertInto('funding_cube')
      .values(
        cells.slice(start, start + BATCH).map((cell) => {
          const { units, nanos } = toUnitsAndNanos(cell.nanos);
          return {
            country: cell.country,
            goal: cell.goal,
            fiscal_year: cell.fiscal_year,
            type: cell.type,
            currency: cell.currency,
            is_demo: cell.is_demo,
            counted: cell.counted,
            appropriated: cell.appropriated,
            usd_cents: cell.cents.toString(),
            amount_units: units.toString(),
            amount_nanos: String(nanos),
            transactions: cell.transactions,
            lead_transactions: cell.lead,
          };
        }),
      )
      .execute();
  }
  return cells.length;
}

/** Activities whose cells are computed per statement when adding: well under both databases' parameter limits. */
const IDS_PER_QUERY = 2_000;

/**
 * Adds to the cube the cells of activities that were not in it before (created in this database
 * transaction, e.g. by a bulk import, which adds them once at its end instead of batch by batch).
 */
export async function addToFundingCube(
  trx: Transaction<Database>,
  newActivityIds: readonly string[],
): Promise<void> {
  for (let start = 0; start < newActivityIds.length; start += IDS_PER_QUERY) {
    await applyCubeDelta(
      trx,
      new Map(),
      await cubeCellsOf(trx, newActivityIds.slice(start, start + IDS_PER_QUERY)),
    );
  }
}
