import { describe, expect, it } from 'vitest';
import { fiscalYearMonths, fiscalYearSpan, monthName } from './fiscal-year-span';

describe('fiscal year spans', () => {
  it('names a split year after the year it ends (US federal FY 2020 is October 2019–September 2020)', () => {
    expect(fiscalYearMonths(2020, 10)).toEqual({ first: '2019-10', last: '2020-09' });
    expect(fiscalYearMonths(2020, 4)).toEqual({ first: '2019-04', last: '2020-03' });
  });

  it('keeps a calendar year whole', () => {
    expect(fiscalYearMonths(2020, 1)).toEqual({ first: '2020-01', last: '2020-12' });
  });

  it('writes months in the UI language', () => {
    expect(monthName('2019-10', 'es')).toBe('octubre de 2019');
    expect(monthName('2019-10', 'en', false)).toBe('October');
    expect(fiscalYearSpan(2020, 10, 'en')).toBe('Oct 2019 – Sep 2020');
  });
});
