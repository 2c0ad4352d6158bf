import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';
import { createImportJob, runImportJob } from '../import-jobs';
import { removeDownload } from './download-dir';
import type { ReadResult, SourceReader, SourceTarget } from './source-reader';
import { withoutCredentials } from './source-urls';
import { finishAttempt, insertRunningAttempt, type AttemptEnd } from './sync-attempt.repository';
import { syncFailure } from './sync-failure';

/** What happened to one URL of a source. */
export interface TargetOutcome extends AttemptEnd {
  readonly attemptId: string;
  /** The URL, without user and password (they stay in the source's location only). */
  readonly url: string;
}

/** A settled URL, with the hash its resource records after a good fetch (null: keep the one it has). */
interface Settled {
  readonly end: AttemptEnd;
  readonly sha256: string | null;
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
  const url = withoutCredentials(target.url);
  const attemptId = uuidv7(ctx.now());
  await insertRunningAttempt(ctx.db, {
    id: attemptId,
    sourceId: source.id,
    url,
    trigger: input.trigger,
    now: ctx.now().toISOString(),
  });
  const resource = await ctx.db
    .selectFrom('iati_source_resource')
    .selectAll()
    .where('source_id', '=', source.id)
    .where('url', '=', url)
    .executeTakeFirst();
  let read: ReadResult | undefined;
  let settled: Settled;
  try {
    read = await input.reader.read(target, {
      etag: resource?.etag ?? null,
      lastModified: resource?.last_modified ?? null,
    });
    settled = await settle(ctx, source, { target, url }, read, resource?.sha256 ?? null);
  } catch (error) {
    // The platform failed (not the network, not the file): recorded like a failed import, logged in full.
    ctx.log.error({ err: error, sourceId: source.id, url }, 'sync of a URL failed');
    settled = {
      end: {
        outcome: 'failed',
        httpStatus: read?.httpStatus ?? null,
        requests: read?.requests ?? 0,
        bytes: read?.kind === 'file' ? read.bytes : null,
        error: syncFailure.importFailed(url),
        jobId: null,
        sourceFileId: null,
      },
      sha256: null,
    };
  } finally {
    if (read?.kind === 'file' && read.temporary) {
      await removeDownload(read.path);
    }
  }
  await record(ctx, { sourceId: source.id, attemptId, url }, settled, read);
  return { attemptId, url, ...settled.end };
}

async function settle(
  ctx: ServiceContext,
  source: IatiSourceRow,
  at: { target: SourceTarget; url: string },
  read: ReadResult,
  lastSha256: string | null,
): Promise<Settled> {
  const base = { httpStatus: read.httpStatus, requests: read.requests, jobId: null, sourceFileId: null };
  if (read.kind === 'not_modified') {
    return { end: { ...base, outcome: 'not_modified', bytes: 0, error: null }, sha256: null };
  }
  if (read.kind === 'failed') {
    return { end: { ...base, outcome: 'failed', bytes: read.bytes, error: read.failure }, sha256: null };
  }
  // A file read without its hash is hashed only when there is an earlier one to compare with: otherwise the
  // import hashes it, once.
  const sha256 = read.sha256 ?? (lastSha256 === null ? null : await sha256OfFile(read.path));
  if (sha256 !== null && sha256 === lastSha256) {
    return { end: { ...base, outcome: 'unchanged', bytes: read.bytes, error: null }, sha256 };
  }
  const job = await createImportJob({
    ctx,
    input: { fileName: fileNameOf(source, at.target), sizeBytes: read.bytes, dryRun: false, validate: false },
  });
  const imported = await runImportJob({
    ctx,
    jobId: job.id,
    path: read.path,
    origin: { sourceId: source.id, publisher: source.publisher, url: at.url, licence: source.licence },
  });
  const done = { ...base, bytes: read.bytes, jobId: job.id };
  if (imported === undefined) {
    return { end: { ...done, outcome: 'failed', error: syncFailure.importFailed(at.url) }, sha256: null };
  }
  if (imported.report.status === 'refused') {
    const refusal = syncFailure.refused(at.url, imported.report.refusal?.message);
    return { end: { ...done, outcome: 'refused', error: refusal }, sha256: null };
  }
  const sourceFileId = imported.report.sourceFileId;
  return { end: { ...done, outcome: 'imported', error: null, sourceFileId }, sha256: imported.report.sha256 };
}

/** The attempt's end and, after a good fetch, the URL's validators and hash (for the next conditional request). */
async function record(
  ctx: ServiceContext,
  attempt: { sourceId: string; attemptId: string; url: string },
  settled: Settled,
  read: ReadResult | undefined,
): Promise<void> {
  const now = ctx.now().toISOString();
  await withTransaction(ctx, async (trx) => {
    await finishAttempt(trx, attempt.attemptId, settled.end, now);
    if (!['imported', 'unchanged', 'not_modified'].includes(settled.end.outcome)) {
      return;
    }
    const validators =
      read?.kind === 'file'
        ? { etag: read.validators.etag, last_modified: read.validators.lastModified, sha256: settled.sha256 }
        : {};
    const updated = await trx
      .updateTable('iati_source_resource')
      .set({ ...validators, checked_at: now })
      .where('source_id', '=', attempt.sourceId)
      .where('url', '=', attempt.url)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      await trx
        .insertInto('iati_source_resource')
        .values({
          source_id: attempt.sourceId,
          url: attempt.url,
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

/** The SHA-256 of a file on disk, streamed. */
async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/**
 * The name the import job and the file record show: the URL's last path segment, else the host. A
 * Datastore answer is named by its query too (its path, "iati", says nothing); any other URL's query is
 * left out, since it may carry a token.
 */
function fileNameOf(source: IatiSourceRow, target: SourceTarget): string {
  if (target.file !== undefined) {
    return path.basename(target.file);
  }
  const url = new URL(target.url);
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? url.hostname;
  const query = source.kind === 'datastore_query' ? url.search : '';
  return `${safeDecode(last)}${query}`.slice(0, 255);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
