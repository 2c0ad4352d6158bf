import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import type { IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';
import { claimSourceRun } from './claim-source-run';
import { httpReader } from './http-reader';
import { runSourceSync, type SyncRunResult } from './run-source-sync';
import { shippedReader } from './shipped-reader';
import type { SourceReader } from './source-reader';
import type { SyncSettings } from './sync-settings';

export interface SyncOptions {
  readonly settings: SyncSettings;
  readonly trigger?: IatiSyncAttemptRow['trigger'];
  /**
   * Stops waiting and downloading (shutdown, an interrupted command); what was imported stays, the run is
   * recorded as failed (`sync_interrupted`).
   */
  readonly signal?: AbortSignal;
}

/** Shipped files are read from disk; every other kind over HTTP. */
export function readerFor(source: IatiSourceRow, options: SyncOptions): SourceReader {
  return source.kind === 'shipped'
    ? shippedReader(options.settings.referenceDir)
    : httpReader(options.settings, options.signal);
}

/**
 * Starts a sync of one source and answers at once with the run's attempt id; `done` settles when the run
 * ends (it never rejects: failures are recorded on the attempts and the source).
 * @throws ForbiddenError; NotFoundError `iati_source_not_found`; AppError `iati_sync_running`
 */
export async function startSourceSync({
  ctx,
  input,
  options,
}: {
  ctx: ServiceContext;
  input: { id: string };
  options: SyncOptions;
}): Promise<{ attemptId: string; done: Promise<SyncRunResult> }> {
  authorize(ctx.actor, 'iati.source.manage');
  const trigger = options.trigger ?? 'manual';
  const { source, attemptId } = await claimSourceRun(ctx, { sourceId: input.id, trigger });
  const done = runSourceSync(ctx, {
    source,
    attemptId,
    trigger,
    reader: readerFor(source, options),
    signal: options.signal,
    heartbeatMs: options.settings.heartbeatMs,
  });
  return { attemptId, done };
}

/**
 * Syncs one source to the end: fetches what changed (conditional requests, limits, timeouts, retries) and
 * imports it; a failure keeps the last good data and is recorded on the source.
 * @throws ForbiddenError; NotFoundError `iati_source_not_found`; AppError `iati_sync_running`
 */
export async function syncSource(args: {
  ctx: ServiceContext;
  input: { id: string };
  options: SyncOptions;
}): Promise<SyncRunResult> {
  return (await startSourceSync(args)).done;
}
