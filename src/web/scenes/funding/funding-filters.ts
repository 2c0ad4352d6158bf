import type { FundingQuery } from '@/web/api/funding';

/** The dashboard's filters as the address carries them (the API's own parameter names). */
export interface FundingFilters {
  readonly country?: string;
  readonly goal?: string;
  readonly fiscalYearFrom?: string;
  readonly fiscalYearTo?: string;
  readonly account?: string;
  /** `false`: real records only; `true`: demo records only; unset: both. */
  readonly demo?: 'true' | 'false';
}

/** The filters' names, in the order the address lists them. */
const FILTER_KEYS = ['country', 'goal', 'fiscalYearFrom', 'fiscalYearTo', 'account', 'demo'] as const;

/** The fiscal years of the CARSI portfolio the charts span (FY 2008, its first budget, to FY 2026). */
export const FIRST_FISCAL_YEAR = 2008;
export const LAST_FISCAL_YEAR = 2026;

/** The filters set in an address (unknown parameters and values are ignored). */
export function filtersFromParams(params: URLSearchParams): FundingFilters {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value !== undefined && value !== '') {
      filters[key] = value;
    }
  }
  if (filters.demo !== undefined && filters.demo !== 'true' && filters.demo !== 'false') {
    delete filters.demo;
  }
  return filters;
}

/** The address's query string for the filters, without `?`. */
export function filtersToParams(filters: FundingFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') {
      params.set(key, value);
    }
  }
  return params;
}

/** The API query for the filters, grouped by `groupBy`. */
export function fundingQuery(filters: FundingFilters, groupBy: FundingQuery['groupBy'] = []): FundingQuery {
  const year = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const query: FundingQuery = {
    country: filters.country,
    goal: filters.goal,
    fiscalYearFrom: year(filters.fiscalYearFrom),
    fiscalYearTo: year(filters.fiscalYearTo),
    account: filters.account,
    demo: filters.demo,
    groupBy: groupBy.length === 0 ? undefined : groupBy,
  };
  // Unset parameters are left out, so that equal selections share one cache entry.
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/** The fiscal years a chart spans: FY 2008–2026, narrowed by the filters. */
export function fiscalYearSpan(filters: FundingFilters): number[] {
  const from = Math.max(FIRST_FISCAL_YEAR, Number(filters.fiscalYearFrom ?? FIRST_FISCAL_YEAR));
  const to = Math.min(LAST_FISCAL_YEAR, Number(filters.fiscalYearTo ?? LAST_FISCAL_YEAR));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}
