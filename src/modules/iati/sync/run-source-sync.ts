import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import type { IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';
import { startHeartbeat } from './run-heartbeat';
import type { SourceReader } from './source-reader';
import type { SyncOutcome } from './source.schemas';
import { finishAttempt, type AttemptEnd } from './sync-attempt.repository';
import { syncFailure, type SyncFailure } from './sync-failure';
import { HEARTBEAT_MS } from './sync-settings';
import { syncTarget, type TargetOutcome } from './sync-target';

type Finished = Exclude<SyncOutcome, 'running'>;

/** A run of one source: its outcome over all its URLs, and each URL's. */
export interface SyncRunResult {
  readonly sourceId: string;
  readonly name: string;
  readonly attemptId: string;
  readonly outcome: Finished;
  readonly error: SyncFailure | null;
  readonly urls: readonly TargetOutcome[];
}

/** The run's outcome is its worst URL's: one failed URL makes the source failed, its other data kept. */
const WORST_FIRST: readonly Finished[] = ['failed', 'refused', 'imported', 'unchanged', 'not_modified'];

/**
 * Runs a claimed sync of a source to its end: lists its URLs, fetches and imports each in turn, then
 * records the run and the source's status (failed with the first error, or ok, clearing the last error).
 * The run's attempt beats every `heartbeatMs` meanwhile (another process takes a run that stopped beating
 * as abandoned). The audit trail gets `iati.source.sync` when the run imported a file or changed the
 * source's status; a run that found nothing new leaves only its attempts behind. Never throws.
 */
export async function runSourceSync(
  ctx: ServiceContext,
  input: {
    source: IatiSourceRow;
    attemptId: string;
    trigger: IatiSyncAttemptRow['trigger'];
    reader: SourceReader;
    signal?: AbortSignal;
    heartbeatMs?: number;
  },
): Promise<SyncRunResult> {
  const { source } = input;
  const heartbeat = startHeartbeat(ctx, input.attemptId, input.heartbeatMs ?? HEARTBEAT_MS);
  const urls: TargetOutcome[] = [];
  let resolved: { requests: number; httpStatus: number | null; failure: SyncFailure | null } = {
    requests: 0,
    httpStatus: null,
    failure: null,
  };
  try {
    const resolution = await input.reader.resolve(source);
    resolved = resolution;
    for (const target of resolution.failure === null ? resolution.targets : []) {
      if (input.signal?.aborted === true) {
        resolved = { ...resolved, failure: syncFailure.interrupted() };
        break;
      }
      urls.push(await syncTarget(ctx, { source, target, trigger: input.trigger, reader: input.reader }));
    }
  } catch (error) {
    ctx.log.error({ err: error, sourceId: source.id }, 'source sync failed');
    resolved = { ...resolved, failure: syncFailure.importFailed(source.location) };
  } finally {
    await heartbeat.stop();
  }
  const error = resolved.failure ?? urls.find((url) => url.error !== null)?.error ?? null;
  const outcome: Finished =
    resolved.failure !== null
      ? 'failed'
      : (WORST_FIRST.find((candidate) => urls.some((url) => url.outcome === candidate)) ?? 'unchanged');
  const only = urls.length === 1 ? urls[0] : undefined;
  await finishRun(ctx, {
    source,
    attemptId: input.attemptId,
    outcome,
    error,
    httpStatus: resolved.httpStatus ?? only?.httpStatus ?? null,
    bytes: urls.reduce((sum, url) => sum + (url.bytes ?? 0), 0),
    requests: resolved.requests + urls.reduce((sum, url) => sum + url.requests, 0),
    jobId: only?.jobId ?? null,
    sourceFileId: only?.sourceFileId ?? null,
    imported: urls.filter((url) => url.outcome === 'imported').map((url) => url.url),
  });
  return { sourceId: source.id, name: source.name, attemptId: input.attemptId, outcome, error, urls };
}

async function finishRun(
  ctx: ServiceContext,
  run: AttemptEnd & { source: IatiSourceRow; attemptId: string; imported: readonly string[] },
): Promise<void> {
  const now = ctx.now().toISOString();
  const failed = run.outcome === 'failed' || run.outcome === 'refused';
  await withTransaction(ctx, async (trx) => {
    await finishAttempt(trx, run.attemptId, run, now);
    // Re-read: an administrator may have edited the source during the run (its version is theirs, not ours).
    const before = await trx
      .selectFrom('iati_source')
      .select(['status', 'last_error'])
      .where('id', '=', run.source.id)
      .executeTakeFirst();
    if (before === undefined) {
      return;
    }
    const status = failed ? 'failed' : 'ok';
    await trx
      .updateTable('iati_source')
      .set({
        status,
        last_error: failed && run.error !== null ? JSON.stringify(run.error) : null,
        ...(failed ? {} : { last_success_at: now }),
      })
      .where('id', '=', run.source.id)
      .execute();
    if (run.imported.length > 0 || before.status !== status) {
      await recordAudit(trx, ctx, {
        action: 'iati.source.sync',
        entity: 'iati_source',
        entityId: run.source.id,
        details: {
          attemptId: run.attemptId,
          outcome: run.outcome,
          statusBefore: before.status,
          status,
          imported: run.imported,
          error: run.error?.code ?? null,
        },
      });
    }
  });
}
