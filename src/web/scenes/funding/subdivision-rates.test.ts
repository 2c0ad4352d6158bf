import { describe, expect, it } from 'vitest';
import type { HomicideRate } from '@/web/api/queries';
import { pickSubdivisionYear, ratesBySubdivision } from './subdivision-rates';

function rate(
  countryCode: string,
  subdivisionCode: string | null,
  year: number,
  value: number,
): HomicideRate {
  return {
    datasetId: 'test',
    countryCode,
    subdivisionCode,
    unitName: subdivisionCode ?? countryCode,
    year,
    ratePer100k: value,
  };
}

describe('subdivision homicide rates', () => {
  it('pick the year with the most sub-national rates, the latest on a tie', () => {
    const rates = [rate('HN', 'HN-CR', 2019, 60), rate('NI', 'NI-MN', 2019, 8), rate('NI', 'NI-MN', 2020, 7)];
    expect(pickSubdivisionYear(rates)).toBe(2019);
    expect(pickSubdivisionYear([rate('NI', 'NI-MN', 2018, 8), rate('NI', 'NI-MN', 2020, 7)])).toBe(2020);
    expect(pickSubdivisionYear([])).toBeUndefined();
  });

  it('use a subdivision’s own rate, else its country’s national rate of the same year', () => {
    const subdivisions = [
      { code: 'HN-CR', countryCode: 'HN' },
      { code: 'HN-AT', countryCode: 'HN' },
      { code: 'PA-10', countryCode: 'PA' },
      { code: 'BZ-BZ', countryCode: 'BZ' },
    ];
    const result = ratesBySubdivision(
      subdivisions,
      [rate('HN', 'HN-CR', 2019, 60.5), rate('HN', 'HN-AT', 2018, 50)],
      [rate('HN', null, 2019, 38.2), rate('PA', null, 2019, 11.3), rate('BZ', null, 2018, 30)],
      2019,
    );
    expect(result).toEqual(
      new Map([
        ['HN-CR', { rate: 60.5, level: 'subdivision' }],
        ['HN-AT', { rate: 38.2, level: 'country' }],
        ['PA-10', { rate: 11.3, level: 'country' }],
      ]),
    );
  });
});
