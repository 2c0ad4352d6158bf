import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { paths } from './schema.gen';
import type { Schemas, Subdivision } from './queries';

export type FundingSummaryRow = Schemas['FundingSummaryRow'];
/** A pipeline's stage figures and balances in US dollars, as exact decimal strings. */
export type PipelineFigures = Schemas['FundingPipeline']['total'];
/** The query of the summary: dimensions to group by and the filters (the pipeline takes the same). */
export type FundingQuery = NonNullable<paths['/api/v1/funding/summary']['get']['parameters']['query']>;

/** Reference data changes only when the server reloads it, so a page visit never needs to refetch it. */
const REFERENCE = { staleTime: Infinity } as const;

/** Sums of funding in US dollars by `query.groupBy`; `enabled: false` leaves it unasked. */
export function useFundingSummary(query: FundingQuery, enabled = true) {
  return useQuery({
    queryKey: ['funding', 'summary', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/funding/summary', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Allocated, obligated, disbursed and expended, with both balances, by `query.groupBy`. */
export function useFundingPipeline(query: FundingQuery) {
  return useQuery({
    queryKey: ['funding', 'pipeline', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/funding/pipeline', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Suspensions, reprogramming and other funding shocks, newest first. */
export function useFundingEvents() {
  return useQuery({
    queryKey: ['funding-events'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/funding-events', { signal })),
    select: (body) => body.items,
  });
}

/** Sub-national homicide rates (the departments of Honduras and Nicaragua, where the data has them). */
export function useSubdivisionHomicideRates() {
  return useQuery({
    queryKey: ['context', 'homicide-rates', 'subdivision'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/context/homicide-rates', { params: { query: { level: 'subdivision' } }, signal }),
      ),
    ...REFERENCE,
  });
}

/** The first-level subdivisions of each country (with those no boundary is shipped for, such as PA-10). */
export function useSubdivisionsOf(countryCodes: readonly string[]) {
  return useQueries({
    queries: countryCodes.map((code) => ({
      queryKey: ['countries', code, 'subdivisions'],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/countries/{code}/subdivisions', { params: { path: { code } }, signal })),
      ...REFERENCE,
    })),
    combine: (results) => ({
      data: results.every((result) => result.data !== undefined)
        ? results.flatMap((result): Subdivision[] => result.data?.items ?? [])
        : undefined,
      queries: results,
    }),
  });
}
