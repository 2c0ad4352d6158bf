import type { HomicideRate } from '@/web/api/queries';

/** The years that have at least one rate, oldest first. */
export function listYears(rates: readonly HomicideRate[]): number[] {
  return [...new Set(rates.map((rate) => rate.year))].sort((a, b) => a - b);
}

/** The latest year in which the most countries have a rate: the fullest recent picture of the region. */
export function pickDefaultYear(rates: readonly HomicideRate[]): number | undefined {
  const countriesByYear = new Map<number, Set<string>>();
  for (const rate of rates) {
    const countries = countriesByYear.get(rate.year) ?? new Set<string>();
    countries.add(rate.countryCode);
    countriesByYear.set(rate.year, countries);
  }
  let best: { year: number; count: number } | undefined;
  for (const [year, countries] of countriesByYear) {
    const better =
      best === undefined ||
      countries.size > best.count ||
      (countries.size === best.count && year > best.year);
    if (better) {
      best = { year, count: countries.size };
    }
  }
  return best?.year;
}

/** Every year from the first to the last of `years`, so that a year missing everywhere still shows as a gap. */
export function spanYears(years: readonly number[]): number[] {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) {
    return [];
  }
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Each country's rate in `year`; countries without one are absent. */
export function ratesInYear(rates: readonly HomicideRate[], year: number): Map<string, number> {
  return new Map(
    rates.filter((rate) => rate.year === year).map((rate) => [rate.countryCode, rate.ratePer100k]),
  );
}

/** Each country's rates aligned with `years`, `null` where its series has a gap. */
export function seriesByCountry(
  rates: readonly HomicideRate[],
  countryCodes: readonly string[],
  years: readonly number[],
): Map<string, (number | null)[]> {
  return new Map(
    countryCodes.map((code) => {
      const byYear = new Map(
        rates.filter((rate) => rate.countryCode === code).map((rate) => [rate.year, rate.ratePer100k]),
      );
      return [code, years.map((year) => byYear.get(year) ?? null)];
    }),
  );
}

/** Each country's most recent rate and its year. */
export function latestRates(rates: readonly HomicideRate[]): Map<string, { year: number; value: number }> {
  const latest = new Map<string, { year: number; value: number }>();
  for (const rate of rates) {
    const current = latest.get(rate.countryCode);
    if (current === undefined || rate.year > current.year) {
      latest.set(rate.countryCode, { year: rate.year, value: rate.ratePer100k });
    }
  }
  return latest;
}

/** The top of a colour scale that fits every rate: the highest rate rounded up to the next ten. */
export function scaleMaximum(rates: readonly HomicideRate[]): number {
  const highest = Math.max(0, ...rates.map((rate) => rate.ratePer100k));
  return Math.max(10, Math.ceil(highest / 10) * 10);
}
