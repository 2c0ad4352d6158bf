import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';
import { createImportJob, runImportJob } from '../import-jobs';
import type { ReadResult, SourceReader, SourceTarget } from './source-reader';
import type { SyncOutcome } from './source.schemas';
import { syncFailure, type SyncFailure } from './sync-failure';

/** What happened to one URL of a source. */
export interface TargetOutcome {
  readonly attemptId: string;
  readonly url: string;
  readonly outcome: Exclude<SyncOutcome, 'running'>;
  readonly httpStatus: number | null;
  readonly bytes: number | null;
  readonly requests: number;
  readonly error: SyncFailure | null;
  readonly jobId: string | null;
  readonly sourceFileId: string | null;
}

/**
 * Fetches one URL of a source and imports it when it changed: a 304 or the same SHA-256 as the last good
 * fetch imports nothing; a new file runs an import job (one database transaction, so a refused file
 * leaves the last good data as it was). The URL's validators move only when the fetch succeeded.
 * Never throws for what the network or the file did; each step is recorded on the attempt.
 */
export async function syncTarget(
  ctx: ServiceContext,
  input: {
    source: IatiSourceRow;
    target: SourceTarget;
    trigger: IatiSyncAttemptRow['trigger'];
    reader: SourceReader;
  },
): Promise<TargetOutcome> {
  const { source, target } = input;
  const attemptId = uuidv7(ctx.now());
  await ctx.db
    .insertInto('iati_sync_attempt')
    .values({
      id: attemptId,
      source_id: source.id,
      url: target.url,
      trigger: input.trigger,
      started_at: ctx.now().toISOString(),
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
  const resource = await ctx.db
    .selectFrom('iati_source_resource')
    .selectAll()
    .where('source_id', '=', source.id)
    .where('url', '=', target.url)
    .executeTakeFirst();
  let read: ReadResult | undefined;
  let outcome: TargetOutcome;
  try {
    read = await input.reader.read(target, {
      etag: resource?.etag ?? null,
      lastModified: resource?.last_modified ?? null,
    });
    const base = { attemptId, url: target.url, httpStatus: read.httpStatus, requests: read.requests };
    outcome = await settle(ctx, source, target, read, resource?.sha256 ?? null, base);
  } catch (error) {
    // The platform failed (not the network, not the file): recorded like a failed import, logged in full.
    ctx.log.error({ err: error, sourceId: source.id, url: target.url }, 'sync of a URL failed');
    outcome = {
      attemptId,
      url: target.url,
      outcome: 'failed',
      httpStatus: read?.httpStatus ?? null,
      requests: read?.requests ?? 0,
      bytes: read?.kind === 'file' ? read.bytes : null,
      error: syncFailure.importFailed(target.url),
      jobId: null,
      sourceFileId: null,
    };
  } finally {
    if (read?.kind === 'file' && read.temporary) {
      await rm(read.path, { force: true });
    }
  }
  await record(ctx, source.id, outcome, read);
  return outcome;
}

type Base = Pick<TargetOutcome, 'attemptId' | 'url' | 'httpStatus' | 'requests'>;

async function settle(
  ctx: ServiceContext,
  source: IatiSourceRow,
  target: SourceTarget,
  read: ReadResult,
  lastSha256: string | null,
  base: Base,
): Promise<TargetOutcome> {
  const none = { error: null, jobId: null, sourceFileId: null };
  if (read.kind === 'not_modified') {
    return { ...base, ...none, outcome: 'not_modified', bytes: 0 };
  }
  if (read.kind === 'failed') {
    return { ...base, ...none, outcome: 'failed', bytes: read.bytes, error: read.failure };
  }
  if (read.sha256 === lastSha256) {
    return { ...base, ...none, outcome: 'unchanged', bytes: read.bytes };
  }
  const fileName = fileNameOf(target);
  const job = await createImportJob({
    ctx,
    input: { fileName, sizeBytes: read.bytes, dryRun: false, validate: false },
  });
  const imported = await runImportJob({
    ctx,
    jobId: job.id,
    path: read.path,
    origin: { sourceId: source.id, publisher: source.publisher, url: target.url, licence: source.licence },
  });
  const done = { ...base, bytes: read.bytes, jobId: job.id };
  if (imported === undefined) {
    return { ...done, outcome: 'failed', error: syncFailure.importFailed(target.url), sourceFileId: null };
  }
  if (imported.report.status === 'refused') {
    const refusal = imported.report.refusal?.message;
    return {
      ...done,
      outcome: 'refused',
      error: syncFailure.refused(target.url, refusal),
      sourceFileId: null,
    };
  }
  return { ...done, outcome: 'imported', error: null, sourceFileId: imported.report.sourceFileId };
}

/** The attempt's end and, after a good fetch, the URL's validators and hash (for the next conditional request). */
async function record(
  ctx: ServiceContext,
  sourceId: string,
  outcome: TargetOutcome,
  read: ReadResult | undefined,
): Promise<void> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('iati_sync_attempt')
      .set({
        finished_at: now,
        outcome: outcome.outcome,
        http_status: outcome.httpStatus,
        bytes: outcome.bytes,
        attempts: outcome.requests,
        error: outcome.error === null ? null : JSON.stringify(outcome.error),
        job_id: outcome.jobId,
        source_file_id: outcome.sourceFileId,
      })
      .where('id', '=', outcome.attemptId)
      .execute();
    if (!['imported', 'unchanged', 'not_modified'].includes(outcome.outcome)) {
      return;
    }
    const validators =
      read?.kind === 'file'
        ? { etag: read.validators.etag, last_modified: read.validators.lastModified, sha256: read.sha256 }
        : {};
    const updated = await trx
      .updateTable('iati_source_resource')
      .set({ ...validators, checked_at: now })
      .where('source_id', '=', sourceId)
      .where('url', '=', outcome.url)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      await trx
        .insertInto('iati_source_resource')
        .values({
          source_id: sourceId,
          url: outcome.url,
          etag: null,
          last_modified: null,
          sha256: null,
          ...validators,
          checked_at: now,
        })
        .execute();
    }
  });
}

/** The name the import job and the file record show: the URL's last path segment, else the host. */
function fileNameOf(target: SourceTarget): string {
  if (target.file !== undefined) {
    return path.basename(target.file);
  }
  const url = new URL(target.url);
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? url.hostname;
  // A Datastore answer is named by its query: the path alone ("iati") says nothing.
  return `${safeDecode(last)}${url.search}`.slice(0, 255);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
