import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, expectOk, ifMatch, unwrap } from './client';
import type { Schemas } from './queries';
import type { paths } from './schema.gen';

export type Activity = Schemas['Activity'];
export type ActivitySummary = Schemas['ActivitySummary'];
export type Transaction = Schemas['Transaction'];
export type Budget = Schemas['Budget'];
export type FundingEvent = Schemas['FundingEvent'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type AppropriationAccount = Schemas['AppropriationAccount'];
export type ActivityInput = paths['/api/v1/activities']['post']['requestBody']['content']['application/json'];
export type TransactionInput =
  paths['/api/v1/activities/{id}/transactions']['post']['requestBody']['content']['application/json'];
export type TransactionChanges =
  paths['/api/v1/activities/{id}/transactions/{recordId}']['patch']['requestBody']['content']['application/json'];
export type BudgetInput =
  paths['/api/v1/activities/{id}/budgets']['post']['requestBody']['content']['application/json'];
export type WorkflowAction =
  paths['/api/v1/activities/{id}/workflow']['post']['requestBody']['content']['application/json']['action'];
/** The list's query: filters, sorting and the page (`cursor`); every value as the address carries it. */
export type ActivityListQuery = NonNullable<paths['/api/v1/activities']['get']['parameters']['query']>;

const ACTIVITIES_KEY = ['activities'] as const;

/** One page of the activity list with the number of activities matching the filters. */
export function useActivityList(query: ActivityListQuery) {
  return useQuery({
    queryKey: [...ACTIVITIES_KEY, 'list', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/activities', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: [...ACTIVITIES_KEY, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/activities/{id}', { params: { path: { id } }, signal })),
  });
}

export function useActivityHistory(id: string) {
  return useQuery({
    queryKey: [...ACTIVITIES_KEY, 'one', id, 'history'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/activities/{id}/history', { params: { path: { id } }, signal })),
    select: (body) => body.items,
  });
}

export function useActivityFunding(id: string) {
  return useQuery({
    queryKey: [...ACTIVITIES_KEY, 'one', id, 'funding'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/activities/{id}/funding', { params: { path: { id } }, signal })),
  });
}

/** The address of the export of the list's selection (a plain link downloads it with the session cookie). */
export function activityExportHref(
  query: ActivityListQuery,
  format: 'csv' | 'xlsx',
  lang: 'es' | 'en',
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key !== 'cursor' && key !== 'limit' && value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  params.set('format', format);
  params.set('lang', lang);
  return `/api/v1/activities/export?${params.toString()}`;
}

/** The record changed: keep the new version and refresh the lists and the record's funding and history. */
async function activityChanged(queryClient: QueryClient, activity: Activity): Promise<void> {
  queryClient.setQueryData([...ACTIVITIES_KEY, 'one', activity.id], activity);
  await queryClient.invalidateQueries({
    queryKey: ACTIVITIES_KEY,
    predicate: (query) => query.queryKey[1] !== 'one' || query.queryKey.length > 3,
  });
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivityInput) => unwrap(api.POST('/api/v1/activities', { body })),
    onSuccess: (activity) => activityChanged(queryClient, activity),
  });
}

export function useUpdateActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: ActivityInput }) =>
      unwrap(
        api.PATCH('/api/v1/activities/{id}', { params: { path: { id } }, body, headers: ifMatch(version) }),
      ),
    onSuccess: (activity) => activityChanged(queryClient, activity),
  });
}

export function useActivityWorkflow(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, action }: { version: number; action: WorkflowAction }) =>
      unwrap(
        api.POST('/api/v1/activities/{id}/workflow', {
          params: { path: { id } },
          body: { action },
          headers: ifMatch(version),
        }),
      ),
    onSuccess: (activity) => activityChanged(queryClient, activity),
  });
}

/** Reloads an activity after a 412: someone else changed it, so the page must start from the new version. */
export function useReloadActivity() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: [...ACTIVITIES_KEY, 'one', id] });
}

/** Money changed: the activity's funding, its history and every list or summary built on them. */
function fundingChanged(queryClient: QueryClient, activityId: string): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) =>
      (query.queryKey[0] === 'activities' && query.queryKey[2] === activityId) ||
      query.queryKey[0] === 'funding',
  });
}

export function useCreateTransaction(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransactionInput) =>
      unwrap(
        api.POST('/api/v1/activities/{id}/transactions', { params: { path: { id: activityId } }, body }),
      ),
    onSuccess: () => fundingChanged(queryClient, activityId),
  });
}

/** Changes a transaction at `version` (If-Match) with only the changed fields; a 412 reloads the funding. */
export function useUpdateTransaction(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      recordId,
      version,
      body,
    }: {
      recordId: string;
      version: number;
      body: TransactionChanges;
    }) =>
      unwrap(
        api.PATCH('/api/v1/activities/{id}/transactions/{recordId}', {
          params: { path: { id: activityId, recordId } },
          body,
          headers: ifMatch(version),
        }),
      ),
    onSettled: () => fundingChanged(queryClient, activityId),
  });
}

export function useDeleteTransaction(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recordId, version }: { recordId: string; version: number }) =>
      expectOk(
        api.DELETE('/api/v1/activities/{id}/transactions/{recordId}', {
          params: { path: { id: activityId, recordId } },
          headers: ifMatch(version),
        }),
      ),
    onSettled: () => fundingChanged(queryClient, activityId),
  });
}

export function useCreateBudget(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BudgetInput) =>
      unwrap(api.POST('/api/v1/activities/{id}/budgets', { params: { path: { id: activityId } }, body })),
    onSuccess: () => fundingChanged(queryClient, activityId),
  });
}

export function useDeleteBudget(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recordId, version }: { recordId: string; version: number }) =>
      expectOk(
        api.DELETE('/api/v1/activities/{id}/budgets/{recordId}', {
          params: { path: { id: activityId, recordId } },
          headers: ifMatch(version),
        }),
      ),
    onSettled: () => fundingChanged(queryClient, activityId),
  });
}
