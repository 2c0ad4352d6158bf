import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { components } from './schema.gen';

export type Schemas = components['schemas'];
export type Framework = Schemas['Framework'];
export type FrameworkElement = Schemas['FrameworkElement'];
export type Country = Schemas['Country'];
export type Subdivision = Schemas['Subdivision'];
export type Boundaries = Schemas['Boundaries'];
export type HomicideRate = Schemas['HomicideRate'];
export type StatisticDataset = Schemas['StatisticDataset'];
export type CodelistStatus = 'active' | 'withdrawn' | 'all';

/** Reference data changes only when the server reloads it, so a page visit never needs to refetch it. */
const REFERENCE = { staleTime: Infinity } as const;

export function useFrameworks() {
  return useQuery({
    queryKey: ['frameworks'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/frameworks', { signal })),
    select: (body) => body.items,
    ...REFERENCE,
  });
}

export function useFramework(code: string) {
  return useQuery({
    queryKey: ['frameworks', code],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/frameworks/{code}', { params: { path: { code } }, signal })),
    ...REFERENCE,
  });
}

export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/countries', { signal })),
    select: (body) => body.items,
    ...REFERENCE,
  });
}

export function useCountry(code: string) {
  return useQuery({
    queryKey: ['countries', code],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/countries/{code}', { params: { path: { code } }, signal })),
    ...REFERENCE,
  });
}

export function useSubdivisions(countryCode: string) {
  return useQuery({
    queryKey: ['countries', countryCode, 'subdivisions'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/countries/{code}/subdivisions', { params: { path: { code: countryCode } }, signal }),
      ),
    select: (body) => body.items,
    ...REFERENCE,
  });
}

/** Country outlines when `countryCode` is omitted, else that country's first-level subdivisions. */
export function useBoundaries(countryCode?: string) {
  const query =
    countryCode === undefined
      ? { level: 'country' as const }
      : { level: 'subdivision' as const, country: countryCode };
  return useQuery({
    queryKey: ['boundaries', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/boundaries', { params: { query }, signal })),
    ...REFERENCE,
  });
}

/** National homicide rates of the seven countries, every year of the default series. */
export function useNationalHomicideRates() {
  return useQuery({
    queryKey: ['context', 'homicide-rates', 'country'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/context/homicide-rates', { params: { query: { level: 'country' } }, signal })),
    ...REFERENCE,
  });
}

export function useCodelists() {
  return useQuery({
    queryKey: ['codelists'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/codelists', { signal })),
    select: (body) => body.items,
    ...REFERENCE,
  });
}

export function useCodelist(name: string, status: CodelistStatus, prefix: string) {
  const query = prefix === '' ? { status } : { status, prefix };
  return useQuery({
    queryKey: ['codelists', name, query],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/codelists/{name}', { params: { path: { name }, query }, signal })),
    placeholderData: keepPreviousData,
    ...REFERENCE,
  });
}

/** The appropriation accounts (administrators may add and rename them, so they are fetched again now and then). */
export function useAppropriationAccounts() {
  return useQuery({
    queryKey: ['appropriation-accounts'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/appropriation-accounts', { signal })),
    select: (body) => body.items,
    staleTime: 60_000,
  });
}

/** The first-level subdivisions of all seven countries, for maps that may span several of them. */
export function useAllSubdivisionBoundaries() {
  const query = { level: 'subdivision' as const };
  return useQuery({
    queryKey: ['boundaries', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/boundaries', { params: { query }, signal })),
    ...REFERENCE,
  });
}
