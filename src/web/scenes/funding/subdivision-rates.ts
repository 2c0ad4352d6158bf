import type { HomicideRate, Subdivision } from '@/web/api/queries';

/** A subdivision's homicide rate: its own where the data has one, else its country's national rate. */
export interface AreaRate {
  readonly rate: number;
  readonly level: 'subdivision' | 'country';
}

/** The year with the most sub-national rates (the latest on a tie): the fullest sub-national picture. */
export function pickSubdivisionYear(rates: readonly HomicideRate[]): number | undefined {
  const counts = new Map<number, number>();
  for (const rate of rates) {
    counts.set(rate.year, (counts.get(rate.year) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [year, count] of counts) {
    if (best === undefined || count > best[1] || (count === best[1] && year > best[0])) {
      best = [year, count];
    }
  }
  return best?.[0];
}

/** Each subdivision's rate in `year`: sub-national where there is one, else the national rate. */
export function ratesBySubdivision(
  subdivisions: readonly Pick<Subdivision, 'code' | 'countryCode'>[],
  subdivisionRates: readonly HomicideRate[],
  nationalRates: readonly HomicideRate[],
  year: number,
): Map<string, AreaRate> {
  const own = new Map(
    subdivisionRates
      .filter((rate) => rate.year === year && rate.subdivisionCode !== null)
      .map((rate) => [rate.subdivisionCode ?? '', rate.ratePer100k]),
  );
  const national = new Map(
    nationalRates.filter((rate) => rate.year === year).map((rate) => [rate.countryCode, rate.ratePer100k]),
  );
  const result = new Map<string, AreaRate>();
  for (const { code, countryCode } of subdivisions) {
    const subdivision = own.get(code);
    const country = national.get(countryCode);
    if (subdivision !== undefined) {
      result.set(code, { rate: subdivision, level: 'subdivision' });
    } else if (country !== undefined) {
      result.set(code, { rate: country, level: 'country' });
    }
  }
  return result;
}
