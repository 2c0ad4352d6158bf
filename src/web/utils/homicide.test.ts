import { describe, expect, it } from 'vitest';
import type { HomicideRate } from '@/web/api/queries';
import {
  latestRates,
  listYears,
  pickDefaultYear,
  ratesInYear,
  scaleMaximum,
  seriesByCountry,
  spanYears,
} from './homicide';

function rate(countryCode: string, year: number, ratePer100k: number): HomicideRate {
  return { datasetId: 'test', countryCode, subdivisionCode: null, unitName: countryCode, year, ratePer100k };
}

const RATES = [
  rate('HN', 2020, 35.7),
  rate('SV', 2020, 21.5),
  rate('HN', 2021, 38.2),
  rate('SV', 2021, 17.3),
  rate('NI', 2021, 11.3),
  rate('HN', 2022, 35),
  rate('SV', 2022, 7.9),
  rate('HN', 2019, 41),
];

describe('homicide helpers', () => {
  it('lists the years in order without repeats', () => {
    expect(listYears(RATES)).toEqual([2019, 2020, 2021, 2022]);
  });

  it('spans every year between the first and the last', () => {
    expect(spanYears([2018, 2021])).toEqual([2018, 2019, 2020, 2021]);
    expect(spanYears([])).toEqual([]);
  });

  it('defaults to the latest year with the most countries', () => {
    expect(pickDefaultYear(RATES)).toBe(2021);
    expect(pickDefaultYear([...RATES, rate('NI', 2022, 10)])).toBe(2022);
    expect(pickDefaultYear([])).toBeUndefined();
  });

  it('gives the rates of one year by country', () => {
    expect(ratesInYear(RATES, 2022)).toEqual(
      new Map([
        ['HN', 35],
        ['SV', 7.9],
      ]),
    );
  });

  it('aligns each series with the years and leaves gaps as null', () => {
    const series = seriesByCountry(RATES, ['NI', 'BZ'], [2020, 2021, 2022]);
    expect(series.get('NI')).toEqual([null, 11.3, null]);
    expect(series.get('BZ')).toEqual([null, null, null]);
  });

  it('finds each country’s latest rate', () => {
    expect(latestRates(RATES).get('HN')).toEqual({ year: 2022, value: 35 });
    expect(latestRates(RATES).get('NI')).toEqual({ year: 2021, value: 11.3 });
  });

  it('rounds the colour scale up to the next ten', () => {
    expect(scaleMaximum(RATES)).toBe(50);
    expect(scaleMaximum([])).toBe(10);
  });
});
