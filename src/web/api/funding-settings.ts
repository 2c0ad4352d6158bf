import {
  type QueryClient,
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, expectOk, ifMatch, unwrap } from './client';
import type { Schemas } from './queries';
import type { paths } from './schema.gen';

type Body<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type ExchangeRate = Schemas['ExchangeRate'];
export type ExchangeRateInput = Body<'/api/v1/exchange-rates', 'post'>;
export type AppropriationAccount = Schemas['AppropriationAccount'];
export type AccountInput = Body<'/api/v1/appropriation-accounts', 'post'>;
export type AccountPatch = Body<'/api/v1/appropriation-accounts/{code}', 'patch'>;
export type PeriodLock = Schemas['PeriodLock'];
export type PeriodLockInput = Body<'/api/v1/period-locks', 'put'>;
export type FundingEvent = Schemas['FundingEvent'];
export type FundingEventKind = FundingEvent['kind'];
export type FundingEventInput = Body<'/api/v1/funding-events', 'post'>;
export type ActivitySummary = Schemas['ActivitySummary'];

const RATES_KEY = ['exchange-rates'] as const;
const ACCOUNTS_KEY = ['appropriation-accounts'] as const;
const LOCKS_KEY = ['period-locks'] as const;
const EVENTS_KEY = ['funding-events'] as const;

/** Invalidates every query whose key starts with one of `prefixes`. */
function refresh(queryClient: QueryClient, prefixes: readonly string[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => prefixes.includes(String(query.queryKey[0])),
  });
}

/** The rates users entered, newest period first; `currency` narrows them to one currency. */
export function useExchangeRates(currency: string) {
  const query = currency === '' ? {} : { currency };
  return useQuery({
    queryKey: [...RATES_KEY, query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/exchange-rates', { params: { query }, signal })),
    select: (body) => body.items,
    placeholderData: keepPreviousData,
  });
}

/** Enters a rate; money in that currency and period is converted again, so every dollar figure changes. */
export function useCreateExchangeRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExchangeRateInput) => unwrap(api.POST('/api/v1/exchange-rates', { body })),
    onSuccess: () => refresh(queryClient, [RATES_KEY[0], 'funding', 'activities']),
  });
}

/** The appropriation accounts (same key as the other screens' look-ups, so a change reaches them). */
export function useAccounts() {
  return useQuery({
    queryKey: ACCOUNTS_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/appropriation-accounts', { signal })),
    select: (body) => body.items,
  });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountInput) => unwrap(api.POST('/api/v1/appropriation-accounts', { body })),
    onSuccess: () => refresh(queryClient, [ACCOUNTS_KEY[0]]),
  });
}

/** Renames an account at `version` (If-Match); a 412 means someone else changed it first. */
export function useUpdateAccount(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: AccountPatch }) =>
      unwrap(
        api.PATCH('/api/v1/appropriation-accounts/{code}', {
          params: { path: { code } },
          body,
          headers: ifMatch(version),
        }),
      ),
    onSettled: () => refresh(queryClient, [ACCOUNTS_KEY[0]]),
  });
}

/** Every locked fiscal year, by organisation. */
export function usePeriodLocks() {
  return useQuery({
    queryKey: LOCKS_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/period-locks', { signal })),
    select: (body) => body.items,
  });
}

/** Locks (`locked: true`) or reopens an organisation's fiscal year; both are idempotent. */
export function useSetPeriodLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, locked }: { body: PeriodLockInput; locked: boolean }) =>
      expectOk(
        locked ? api.PUT('/api/v1/period-locks', { body }) : api.DELETE('/api/v1/period-locks', { body }),
      ),
    onSuccess: () => refresh(queryClient, [LOCKS_KEY[0]]),
  });
}

/** Funding events, newest first (same key as the dashboard's list). */
export function useFundingEventList() {
  return useQuery({
    queryKey: EVENTS_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/funding-events', { signal })),
    select: (body) => body.items,
  });
}

/** Records an event; the dashboard's list and the funding of the activities it hits change. */
export function useCreateFundingEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FundingEventInput) => unwrap(api.POST('/api/v1/funding-events', { body })),
    onSuccess: () => refresh(queryClient, [EVENTS_KEY[0], 'activities']),
  });
}

/** The first 20 activities whose identifier or title matches `text` (asked from two characters on). */
export function useActivitySearch(text: string) {
  const query = { q: text.trim(), limit: 20 };
  return useQuery({
    queryKey: ['activities', 'list', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/activities', { params: { query }, signal })),
    enabled: query.q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** One activity (for its title); shares the activity page's cache entry. */
export function useActivityRecord(id: string) {
  return useQuery({
    queryKey: ['activities', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/activities/{id}', { params: { path: { id } }, signal })),
    retry: false,
  });
}
