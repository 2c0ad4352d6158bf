import type { SyncRunResult } from '@/modules/iati';

/** A sync run as an operator reads it: the source's outcome, then one line per URL. */
export function describeSyncRun(run: SyncRunResult): string {
  const head = `${run.name}: ${run.outcome}${run.error === null ? '' : ` — ${run.error.code}: ${run.error.en}`}\n`;
  const lines = run.urls.map((url) => {
    const facts = [
      url.httpStatus === null ? undefined : `HTTP ${url.httpStatus}`,
      url.bytes === null ? undefined : `${url.bytes} bytes`,
      url.requests === 0 ? undefined : `${url.requests} request${url.requests === 1 ? '' : 's'}`,
      url.jobId === null ? undefined : `job ${url.jobId}`,
    ].filter(Boolean);
    const error = url.error === null ? '' : ` — ${url.error.code}`;
    return `  ${url.outcome.padEnd(12)} ${url.url} (${facts.join(', ')})${error}\n`;
  });
  return head + lines.join('');
}

/** Whether a run left its source failed: the command then exits 1. */
export const hasFailed = (run: SyncRunResult): boolean =>
  run.outcome === 'failed' || run.outcome === 'refused';
