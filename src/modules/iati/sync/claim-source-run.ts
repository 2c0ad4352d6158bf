import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { lockSequence } from '@/platform/db/dialect';
import { AppError, NotFoundError } from '@/platform/errors';
import type { IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';
import { findSource } from './source.repository';
import { syncFailure } from './sync-failure';

/**
 * A run still marked running after this long is taken as abandoned: its process stopped (a crash, a killed
 * command) before it could record its end. Far longer than any real sync: one file is imported in minutes.
 */
export const ABANDONED_AFTER_MS = 2 * 60 * 60_000;

/**
 * Starts a run of a source: records its attempt (no URL: the whole source) as running and the source's
 * last attempt time. Two runs of one source never overlap, across processes too: the check and the claim
 * happen under a lock on the source.
 * @throws NotFoundError `iati_source_not_found`; AppError `iati_sync_running`
 */
export async function claimSourceRun(
  ctx: ServiceContext,
  input: { sourceId: string; trigger: IatiSyncAttemptRow['trigger'] },
): Promise<{ source: IatiSourceRow; attemptId: string }> {
  return withTransaction(ctx, async (trx) => {
    await lockSequence(trx, ctx.dialect, `iati_source_run:${input.sourceId}`);
    const source = await findSource(trx, input.sourceId);
    if (source === undefined) {
      throw new NotFoundError('iati_source_not_found', input.sourceId);
    }
    const now = ctx.now();
    const running = await trx
      .selectFrom('iati_sync_attempt')
      .select(['id', 'started_at'])
      .where('source_id', '=', source.id)
      .where('url', 'is', null)
      .where('outcome', '=', 'running')
      .execute();
    const live = running.find((run) => now.getTime() - Date.parse(run.started_at) < ABANDONED_AFTER_MS);
    if (live !== undefined) {
      throw new AppError('iati_sync_running', undefined, { startedAt: live.started_at });
    }
    if (running.length > 0) {
      await trx
        .updateTable('iati_sync_attempt')
        .set({
          outcome: 'failed',
          finished_at: now.toISOString(),
          error: JSON.stringify(syncFailure.interrupted()),
        })
        .where('source_id', '=', source.id)
        .where('outcome', '=', 'running')
        .execute();
    }
    const attemptId = uuidv7(now);
    await trx
      .insertInto('iati_sync_attempt')
      .values({
        id: attemptId,
        source_id: source.id,
        url: null,
        trigger: input.trigger,
        started_at: now.toISOString(),
        finished_at: null,
        outcome: 'running',
        http_status: null,
        bytes: null,
        attempts: 0,
        error: null,
        job_id: null,
        source_file_id: null,
      })
      .execute();
    await trx
      .updateTable('iati_source')
      .set({ last_attempt_at: now.toISOString() })
      .where('id', '=', source.id)
      .execute();
    return { source, attemptId };
  });
}
