import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client';
import type { Schemas } from './queries';
import type { paths } from './schema.gen';

export type Source = Schemas['IatiSource'];
export type SourceDetail = Schemas['IatiSourceDetail'];
export type SourceFile = Schemas['IatiSourceFile'];
export type SourceKind = Source['kind'];
export type SyncStatus = Source['status'];
export type Reconciliation = Schemas['IatiReconciliation'];
export type ReconciliationStatus = Reconciliation['status'];
export type ReconciliationLine = Reconciliation['lines'][number];
export type SyncAttempt = Schemas['IatiSyncAttempt'];
export type SyncOutcome = SyncAttempt['outcome'];
export type SourceInput = paths['/api/v1/iati/sources']['post']['requestBody']['content']['application/json'];
export type SourcePatch =
  paths['/api/v1/iati/sources/{id}']['patch']['requestBody']['content']['application/json'];
/** A shipped source whose load started, with its run's attempt (null: a sync of it was already running). */
export type PublicDataRun =
  paths['/api/v1/iati/public-data']['post']['responses'][202]['content']['application/json']['items'][number];

const SOURCES_KEY = ['iati-sources'] as const;
const FILES_KEY = ['iati-files'] as const;
const POLL_MS = 1000;

/** True while some fetch of the source (of one URL, or the run over all of them) has not ended. */
export function isSyncing(source: SourceDetail): boolean {
  return source.attempts.some((attempt) => attempt.outcome === 'running');
}

/** Every registered source with its last sync and reconciliation. */
export function useSources() {
  return useQuery({
    queryKey: SOURCES_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/iati/sources', { signal })),
    select: (body) => body.items,
  });
}

/** Every imported IATI file, fetched or uploaded by hand, newest first. */
export function useSourceFiles() {
  return useQuery({
    queryKey: FILES_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/iati/files', { signal })),
    select: (body) => body.items,
  });
}

function sourceQuery(id: string, onSettled: () => void, awaited?: string) {
  return {
    queryKey: [...SOURCES_KEY, id],
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const source = await unwrap(api.GET('/api/v1/iati/sources/{id}', { params: { path: { id } }, signal }));
      if (!isSyncing(source)) {
        onSettled();
      }
      return source;
    },
    // Asked again every second while a fetch runs, or until the attempt just started shows up.
    refetchInterval: (query: { state: { data?: SourceDetail } }) => {
      const source = query.state.data;
      const waiting = awaited !== undefined && !source?.attempts.some((attempt) => attempt.id === awaited);
      return source !== undefined && (isSyncing(source) || waiting) ? POLL_MS : false;
    },
  };
}

/**
 * One source with its URLs, attempts and files; followed every second while a sync runs (or until
 * `awaitedAttempt`, just started, appears), after which the lists are asked again.
 */
export function useSource(id: string, awaitedAttempt?: string) {
  const queryClient = useQueryClient();
  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: SOURCES_KEY, exact: true });
    void queryClient.invalidateQueries({ queryKey: FILES_KEY });
  };
  return useQuery(sourceQuery(id, refreshLists, awaitedAttempt));
}

/** Follows the runs a public-data load started; `done` once none is running any more. */
export function usePublicDataProgress(runs: readonly PublicDataRun[]) {
  const queryClient = useQueryClient();
  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: SOURCES_KEY, exact: true });
    void queryClient.invalidateQueries({ queryKey: FILES_KEY });
  };
  return useQueries({
    queries: runs.map((run) => sourceQuery(run.sourceId, refreshLists, run.attemptId ?? undefined)),
    combine: (results) => ({
      sources: results.flatMap((result) => (result.data === undefined ? [] : [result.data])),
      done: results.every(
        (result, index) =>
          result.data !== undefined &&
          !isSyncing(result.data) &&
          (runs[index]?.attemptId === null ||
            result.data.attempts.some((attempt) => attempt.id === runs[index]?.attemptId)),
      ),
    }),
  });
}

/** Registers a source (administrators). */
export function useRegisterSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SourceInput) => unwrap(api.POST('/api/v1/iati/sources', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SOURCES_KEY }),
  });
}

/** Changes a source at `version` (412 `precondition_failed` when someone changed it first). */
export function useUpdateSource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: SourcePatch }) =>
      unwrap(
        api.PATCH('/api/v1/iati/sources/{id}', {
          params: { path: { id } },
          headers: ifMatch(version),
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SOURCES_KEY }),
  });
}

/** Starts a sync of the source now; resolves with the run's attempt id. */
export function useSyncSource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/iati/sources/{id}/sync', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...SOURCES_KEY, id] }),
  });
}

/**
 * The public sources shipped with the product (reference/iati/public/sources.json). The API loads them by
 * name and has no list of them, so the names are repeated here.
 */
export const SHIPPED_SOURCES = ['us-state-central-america', 'usaid-central-america'] as const;

/** Registers the shipped US public sources (once) and starts loading their files. */
export function useLoadPublicData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/iati/public-data', { body: { sources: [...SHIPPED_SOURCES] } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SOURCES_KEY, exact: true }),
  });
}
