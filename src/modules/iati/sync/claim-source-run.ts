import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { AppError, NotFoundError } from '@/platform/errors';
import type { IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';
import { findSource } from './source.repository';
import { closeRunningAttempts, insertRunningAttempt, runningRuns } from './sync-attempt.repository';

/**
 * A run whose heartbeat (written every few seconds while it runs: run-heartbeat.ts) is older than this is
 * taken as abandoned: its process stopped (a crash, a killed command) before it could record its end. A
 * run that still beats is never abandoned, however long it takes. Ample for a beat that waits, on SQLite,
 * while an import holds the database (the largest file allowed imports in about a minute).
 */
export const ABANDONED_AFTER_MS = 10 * 60_000;

/**
 * Starts a run of a source: records its attempt (no URL: the whole source) as running and the source's
 * last attempt time. Two runs of one source never overlap, across processes too: the claim's first
 * statement writes the source's row, which takes SQLite's write lock (waiting, within the busy timeout,
 * for another process's claim to commit) or PostgreSQL's row lock, so the check that follows sees every
 * committed claim.
 * @throws NotFoundError `iati_source_not_found`; AppError `iati_sync_running`
 */
export async function claimSourceRun(
  ctx: ServiceContext,
  input: { sourceId: string; trigger: IatiSyncAttemptRow['trigger'] },
): Promise<{ source: IatiSourceRow; attemptId: string }> {
  return withTransaction(ctx, async (trx) => {
    const now = ctx.now();
    // A write first, before anything is read: a deferred SQLite transaction that read first could not take
    // the write lock after another process's claim (SQLITE_BUSY at once, not the 409 below).
    const claimed = await trx
      .updateTable('iati_source')
      .set({ last_attempt_at: now.toISOString() })
      .where('id', '=', input.sourceId)
      .executeTakeFirst();
    const source = claimed.numUpdatedRows === 0n ? undefined : await findSource(trx, input.sourceId);
    if (source === undefined) {
      throw new NotFoundError('iati_source_not_found', input.sourceId);
    }
    const running = await runningRuns(trx, source.id);
    const live = running.find(
      (run) => now.getTime() - Date.parse(run.heartbeat_at ?? run.started_at) < ABANDONED_AFTER_MS,
    );
    if (live !== undefined) {
      throw new AppError('iati_sync_running', undefined, {
        startedAt: live.started_at,
        heartbeatAt: live.heartbeat_at,
      });
    }
    if (running.length > 0) {
      await closeRunningAttempts(trx, source.id, now.toISOString());
    }
    const attemptId = uuidv7(now);
    await insertRunningAttempt(trx, {
      id: attemptId,
      sourceId: source.id,
      url: null,
      trigger: input.trigger,
      now: now.toISOString(),
    });
    return { source, attemptId };
  });
}
