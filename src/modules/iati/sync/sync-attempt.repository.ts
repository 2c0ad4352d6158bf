import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { IatiSyncAttemptRow } from '../iati.table';
import type { SyncOutcome } from './source.schemas';
import { syncFailure, type SyncFailure } from './sync-failure';

/**
 * The writes of `iati_sync_attempt`, in one place: a run of a source (url null) and each of its URLs start
 * as `running` with a heartbeat, beat while they run, and end once with their outcome.
 */
type Db = Kysely<Database>;

/** How an attempt ended. */
export interface AttemptEnd {
  readonly outcome: Exclude<SyncOutcome, 'running'>;
  readonly httpStatus: number | null;
  readonly bytes: number | null;
  /** HTTP requests made, redirects and retries included. */
  readonly requests: number;
  readonly error: SyncFailure | null;
  readonly jobId: string | null;
  readonly sourceFileId: string | null;
}

/** Records an attempt as running from `now` (its first heartbeat). */
export async function insertRunningAttempt(
  db: Db,
  attempt: {
    id: string;
    sourceId: string;
    url: string | null;
    trigger: IatiSyncAttemptRow['trigger'];
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('iati_sync_attempt')
    .values({
      id: attempt.id,
      source_id: attempt.sourceId,
      url: attempt.url,
      trigger: attempt.trigger,
      started_at: attempt.now,
      finished_at: null,
      heartbeat_at: attempt.now,
      outcome: 'running',
      http_status: null,
      bytes: null,
      attempts: 0,
      error: null,
      job_id: null,
      source_file_id: null,
    })
    .execute();
}

/** Records how an attempt ended. */
export async function finishAttempt(db: Db, id: string, end: AttemptEnd, now: string): Promise<void> {
  await db
    .updateTable('iati_sync_attempt')
    .set({
      finished_at: now,
      outcome: end.outcome,
      http_status: end.httpStatus,
      bytes: end.bytes,
      attempts: end.requests,
      error: end.error === null ? null : JSON.stringify(end.error),
      job_id: end.jobId,
      source_file_id: end.sourceFileId,
    })
    .where('id', '=', id)
    .execute();
}

/** Marks a running attempt alive at `now`. */
export async function beatAttempt(db: Db, id: string, now: string): Promise<void> {
  await db
    .updateTable('iati_sync_attempt')
    .set({ heartbeat_at: now })
    .where('id', '=', id)
    .where('outcome', '=', 'running')
    .execute();
}

/** The runs of a source still marked running, with their last heartbeat. */
export async function runningRuns(
  db: Db,
  sourceId: string,
): Promise<Pick<IatiSyncAttemptRow, 'id' | 'started_at' | 'heartbeat_at'>[]> {
  return db
    .selectFrom('iati_sync_attempt')
    .select(['id', 'started_at', 'heartbeat_at'])
    .where('source_id', '=', sourceId)
    .where('url', 'is', null)
    .where('outcome', '=', 'running')
    .execute();
}

/** Closes every attempt of a source still marked running as `sync_interrupted` (their process stopped). */
export async function closeRunningAttempts(db: Db, sourceId: string, now: string): Promise<void> {
  await db
    .updateTable('iati_sync_attempt')
    .set({ outcome: 'failed', finished_at: now, error: JSON.stringify(syncFailure.interrupted()) })
    .where('source_id', '=', sourceId)
    .where('outcome', '=', 'running')
    .execute();
}
