import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, fiscalYearSpan, fundingQuery } from './funding-filters';

describe('funding filters', () => {
  it('read the filters of an address and ignore other parameters and unknown record kinds', () => {
    const params = new URLSearchParams('country=HN&goal=1&demo=maybe&cursor=9&fiscalYearTo=2020&account=');
    expect(filtersFromParams(params)).toEqual({ country: 'HN', goal: '1', fiscalYearTo: '2020' });
  });

  it('write only the filters that are set, in the address’s order', () => {
    expect(filtersToParams({ demo: 'false', country: 'GT' }).toString()).toBe('country=GT&demo=false');
  });

  it('give the API numbers for years and leave unset parameters out', () => {
    expect(fundingQuery({ fiscalYearFrom: '2010', demo: 'false' }, ['goal'])).toEqual({
      fiscalYearFrom: 2010,
      demo: 'false',
      groupBy: ['goal'],
    });
    expect(fundingQuery({})).toEqual({});
  });

  it('span FY 2008–2026, narrowed by the filters', () => {
    expect(fiscalYearSpan({})).toHaveLength(19);
    expect(fiscalYearSpan({ fiscalYearFrom: '2024' })).toEqual([2024, 2025, 2026]);
    expect(fiscalYearSpan({ fiscalYearFrom: '2020', fiscalYearTo: '2019' })).toEqual([]);
  });
});
