/** One currency's sum of transaction values as published in the file and as stored. */
export interface CurrencySum {
  readonly currency: string;
  readonly published: string | null;
  readonly stored: string | null;
  readonly differs: boolean;
}

/** A decimal string without trailing zeros after the point (`"1000.50"` → `"1000.5"`, `"7.00"` → `"7"`). */
function canonical(amount: string): string {
  return amount.includes('.') ? amount.replace(/0+$/, '').replace(/\.$/, '') : amount;
}

/**
 * Pairs the published and stored sums by currency, in alphabetical order. A currency missing on one side
 * counts as zero there, so a file whose only transactions were all rejected shows as differing.
 */
export function pairCurrencySums(
  published: Readonly<Record<string, string>>,
  stored: Readonly<Record<string, string>>,
): CurrencySum[] {
  const currencies = [...new Set([...Object.keys(published), ...Object.keys(stored)])].sort();
  return currencies.map((currency) => {
    const left = published[currency] ?? null;
    const right = stored[currency] ?? null;
    return {
      currency,
      published: left,
      stored: right,
      differs: canonical(left ?? '0') !== canonical(right ?? '0'),
    };
  });
}
