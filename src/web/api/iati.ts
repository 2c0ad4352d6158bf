import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Schemas } from './queries';
import type { paths } from './schema.gen';

export type ImportJob = Schemas['ImportJob'];
export type ImportReport = Schemas['ImportReport'];
export type ImportFinding = Schemas['ImportFinding'];
export type FindingSeverity = ImportFinding['severity'];
export type WorkflowState = 'draft' | 'submitted' | 'approved' | 'published';

/** What the user chose for an upload. */
export interface ImportChoice {
  readonly file: File;
  readonly dryRun: boolean;
  readonly validate: boolean;
}

/** A page of findings (`limit`, `offset`); without `severity`, findings of every severity. */
export type FindingQuery = NonNullable<paths['/api/v1/jobs/{id}/findings']['get']['parameters']['query']>;

/** Which activities an export holds (the API's default is published activities only). */
export interface ExportChoice {
  readonly workflowStates: readonly WorkflowState[];
  readonly countries: readonly string[];
  readonly includeDemo: boolean;
}

const IMPORTS_KEY = ['iati-imports'] as const;
const JOB_KEY = ['iati-jobs'] as const;
const POLL_MS = 500;

/** True while the server is still working on the job (its report is not there yet). */
export function isJobRunning(job: ImportJob): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** The latest 50 imports, newest first; asked again every half second while one of them is running. */
export function useImportJobs() {
  return useQuery({
    queryKey: IMPORTS_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/imports', { signal })),
    select: (body) => body.items,
    refetchInterval: (query) => (query.state.data?.items.some(isJobRunning) === true ? POLL_MS : false),
  });
}

/** One import job, polled every half second until it has succeeded, been refused or failed. */
export function useImportJob(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...JOB_KEY, id],
    queryFn: async ({ signal }) => {
      const job = await unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id } }, signal }));
      if (!isJobRunning(job)) {
        // The recent imports list shows this job's status and counts too.
        void queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
      }
      return job;
    },
    refetchInterval: (query) =>
      query.state.data !== undefined && isJobRunning(query.state.data) ? POLL_MS : false,
  });
}

/** A page of a finished job's findings (they are complete only once the job has ended). */
export function useImportFindings(id: string, query: FindingQuery, enabled: boolean) {
  return useQuery({
    queryKey: [...JOB_KEY, id, 'findings', query],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/jobs/{id}/findings', { params: { path: { id }, query }, signal })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Uploads an IATI file; the server answers at once with the job, which then runs in the background. */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, validate }: ImportChoice) =>
      unwrap(
        api.POST('/api/v1/imports', {
          params: {
            query: {
              fileName: file.name,
              dryRun: dryRun ? 'true' : 'false',
              validate: validate ? 'true' : 'false',
            },
          },
          // The body is the file itself, streamed to the server as XML (the API has no JSON body here).
          body: file as never,
          bodySerializer: (body: unknown) => body,
          headers: { 'Content-Type': 'application/xml' },
        }),
      ),
    onSuccess: (job) => {
      queryClient.setQueryData([...JOB_KEY, job.id], job);
      return queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
    },
  });
}

/** The address of an IATI 2.03 XML export of the chosen activities (a plain link downloads it). */
export function iatiExportHref(choice: ExportChoice): string {
  const params = new URLSearchParams();
  params.set('workflowState', choice.workflowStates.join(','));
  if (choice.countries.length > 0) {
    params.set('country', choice.countries.join(','));
  }
  params.set('includeDemo', String(choice.includeDemo));
  return `/api/v1/exports/iati?${params.toString()}`;
}
