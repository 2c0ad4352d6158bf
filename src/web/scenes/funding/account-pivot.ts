import { formatCents, parseDecimal } from '@/shared/money';

/** A summary row grouped by account, country and fiscal year (the API's `FundingSummaryRow`). */
export interface AccountCountryYearRow {
  readonly account?: string | null;
  readonly country?: string | null;
  readonly fiscalYear?: number;
  readonly amountUsd: string;
}

/** Sums by fiscal year and in all, as exact decimal strings with two decimals. */
export interface PivotLine {
  readonly byYear: ReadonlyMap<number, string>;
  readonly total: string;
}

/** One country (null: regional or no country) under an account. */
export interface CountryLine extends PivotLine {
  readonly country: string | null;
}

/** One appropriation account (null: none) with its subtotal and its countries. */
export interface AccountBlock extends PivotLine {
  readonly account: string | null;
  readonly countries: readonly CountryLine[];
}

/** Accounts × countries as rows, fiscal years as columns, with subtotals and totals. */
export interface AccountPivot extends PivotLine {
  /** The fiscal years that hold money, in order. */
  readonly years: readonly number[];
  readonly accounts: readonly AccountBlock[];
}

/** 1/100 of a dollar in nanos (the unit parseDecimal counts in). */
const NANOS_PER_CENT = 10_000_000n;

class Sums {
  readonly byYear = new Map<number, bigint>();
  total = 0n;

  add(year: number, nanos: bigint): void {
    this.byYear.set(year, (this.byYear.get(year) ?? 0n) + nanos);
    this.total += nanos;
  }

  toLine(): PivotLine {
    return {
      byYear: new Map([...this.byYear].map(([year, nanos]) => [year, toCents(nanos)])),
      total: toCents(this.total),
    };
  }
}

/** Whole cents as a decimal string; the API's amounts are whole cents, so no rounding happens here. */
function toCents(nanos: bigint): string {
  return formatCents(nanos / NANOS_PER_CENT);
}

/** Largest total first; null (no account, no country) always last; equal totals by code. */
function byTotal<T>(code: (item: T) => string | null, total: (item: T) => bigint) {
  return (a: T, b: T): number => {
    const [codeA, codeB] = [code(a), code(b)];
    if (codeA === null || codeB === null) {
      return Number(codeA === null) - Number(codeB === null);
    }
    const [totalA, totalB] = [total(a), total(b)];
    return totalA === totalB ? codeA.localeCompare(codeB) : totalA > totalB ? -1 : 1;
  };
}

/**
 * Pivots summary rows into accounts → countries × fiscal years. Every sum is exact (BigInt), so the
 * subtotals add up to the API's figures to the cent.
 * @throws RangeError when an amount is not a decimal string
 */
export function pivotByAccount(rows: readonly AccountCountryYearRow[]): AccountPivot {
  const all = new Sums();
  const accounts = new Map<string | null, { sums: Sums; countries: Map<string | null, Sums> }>();
  for (const row of rows) {
    const nanos = parseDecimal(row.amountUsd);
    if (nanos === undefined) {
      throw new RangeError(`not a decimal amount: ${row.amountUsd}`);
    }
    const year = row.fiscalYear ?? 0;
    const account = row.account ?? null;
    let block = accounts.get(account);
    if (block === undefined) {
      block = { sums: new Sums(), countries: new Map() };
      accounts.set(account, block);
    }
    const country = row.country ?? null;
    let countrySums = block.countries.get(country);
    if (countrySums === undefined) {
      countrySums = new Sums();
      block.countries.set(country, countrySums);
    }
    countrySums.add(year, nanos);
    block.sums.add(year, nanos);
    all.add(year, nanos);
  }
  const blocks = [...accounts]
    .toSorted(
      byTotal(
        ([code]) => code,
        ([, block]) => block.sums.total,
      ),
    )
    .map(([account, block]): AccountBlock => ({
      account,
      ...block.sums.toLine(),
      countries: [...block.countries]
        .toSorted(
          byTotal(
            ([code]) => code,
            ([, sums]) => sums.total,
          ),
        )
        .map(([country, sums]) => ({ country, ...sums.toLine() })),
    }));
  return { years: [...all.byYear.keys()].toSorted((a, b) => a - b), accounts: blocks, ...all.toLine() };
}
