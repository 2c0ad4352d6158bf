import { rm } from 'node:fs/promises';
import { authorize } from '@/modules/access';
import { actorId } from '@/modules/audit';
import type { ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { NotFoundError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { importIatiFile, type FileOrigin, type ImportReport } from './import/import-iati-file';
import type { TalliedFinding } from './import/import-tally';
import type { ImportJobRow } from './iati.table';
import { FindingQuery, type ImportJobOutput } from './import-job.schemas';

/**
 * Bytes read by running jobs. The import holds its database transaction (on SQLite, the only connection)
 * until it ends, so progress lives in this process's memory, not in the job row.
 */
const progress = new Map<string, number>();

function toJobOutput(row: ImportJobRow): ImportJobOutput {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.file_name,
    sizeBytes: Number(row.size_bytes),
    bytesRead: progress.get(row.id) ?? Number(row.bytes_read),
    dryRun: row.dry_run === 1,
    validate: row.validate === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    report: row.report === null ? null : (JSON.parse(row.report) as ImportJobOutput['report']),
    error: row.error === null ? null : (JSON.parse(row.error) as ImportJobOutput['error']),
  };
}

/** Registers an import of an uploaded or named file, to be run by runImportJob. */
export async function createImportJob({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { fileName: string; sizeBytes: number; dryRun: boolean; validate: boolean };
}): Promise<ImportJobOutput> {
  authorize(ctx.actor, 'iati.import');
  const row: ImportJobRow = {
    id: uuidv7(ctx.now()),
    kind: 'iati_import',
    status: 'queued',
    file_name: input.fileName,
    size_bytes: input.sizeBytes,
    bytes_read: 0,
    dry_run: input.dryRun ? 1 : 0,
    validate: input.validate ? 1 : 0,
    created_by: actorId(ctx.actor),
    created_at: ctx.now().toISOString(),
    started_at: null,
    finished_at: null,
    source_file_id: null,
    report: null,
    error: null,
  };
  await ctx.db.insertInto('import_job').values(row).execute();
  return toJobOutput(row);
}

/** Rows per INSERT of findings (10 columns: far under both databases' parameter limits). */
const FINDINGS_PER_INSERT = 1_000;

/**
 * Runs a queued import job to its end and records its report and findings; never throws (a platform
 * failure is recorded as status `failed`). `deleteAfter` removes an uploaded temporary file.
 */
export async function runImportJob({
  ctx,
  jobId,
  path,
  deleteAfter = false,
  onProgress,
  origin,
}: {
  ctx: ServiceContext;
  jobId: string;
  path: string;
  deleteAfter?: boolean;
  onProgress?: (bytesRead: number) => void;
  origin?: FileOrigin;
}): Promise<{ report: ImportReport; findings: readonly TalliedFinding[] } | undefined> {
  const job = await ctx.db
    .selectFrom('import_job')
    .selectAll()
    .where('id', '=', jobId)
    .executeTakeFirstOrThrow();
  await ctx.db
    .updateTable('import_job')
    .set({ status: 'running', started_at: ctx.now().toISOString() })
    .where('id', '=', jobId)
    .execute();
  progress.set(jobId, 0);
  try {
    const result = await importIatiFile({
      ctx,
      path,
      options: {
        fileName: job.file_name,
        dryRun: job.dry_run === 1,
        validate: job.validate === 1,
        origin,
        onProgress: (bytesRead) => {
          progress.set(jobId, bytesRead);
          onProgress?.(bytesRead);
        },
      },
    });
    await recordOutcome(ctx, job, result);
    return result;
  } catch (error) {
    ctx.log.error({ err: error, jobId }, 'import job failed');
    await ctx.db
      .updateTable('import_job')
      .set({
        status: 'failed',
        finished_at: ctx.now().toISOString(),
        error: JSON.stringify({
          message: {
            es: 'La plataforma falló al importar el archivo; no se guardó nada de él. El registro del servidor tiene el detalle.',
            en: 'The platform failed while importing the file; nothing from it was kept. The server log has the details.',
          },
        }),
      })
      .where('id', '=', jobId)
      .execute();
    return undefined;
  } finally {
    progress.delete(jobId);
    if (deleteAfter) {
      await rm(path, { force: true });
    }
  }
}

async function recordOutcome(
  ctx: ServiceContext,
  job: ImportJobRow,
  { report, findings }: { report: ImportReport; findings: readonly TalliedFinding[] },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    for (let start = 0; start < findings.length; start += FINDINGS_PER_INSERT) {
      await trx
        .insertInto('import_finding')
        .values(
          findings.slice(start, start + FINDINGS_PER_INSERT).map((finding, index) => ({
            job_id: job.id,
            seq: start + index + 1,
            severity: finding.severity,
            code: finding.code,
            line_number: finding.line,
            column_number: finding.column,
            activity_identifier: finding.activityIdentifier,
            activity_id: report.dryRun ? null : finding.activityId,
            message_es: finding.message.es,
            message_en: finding.message.en,
          })),
        )
        .execute();
    }
    await trx
      .updateTable('import_job')
      .set({
        status: report.status === 'refused' ? 'refused' : 'succeeded',
        finished_at: ctx.now().toISOString(),
        bytes_read: report.status === 'refused' ? 0 : report.sizeBytes,
        source_file_id: report.sourceFileId,
        report: JSON.stringify(report),
      })
      .where('id', '=', job.id)
      .execute();
  });
}

/**
 * @throws NotFoundError `import_job_not_found`
 */
export async function getImportJob({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  authorize(ctx.actor, 'iati.import');
  const row = await ctx.db.selectFrom('import_job').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (row === undefined) {
    throw new NotFoundError('import_job_not_found', input.id);
  }
  return toJobOutput(row);
}

/** The 50 latest import jobs, newest first. */
export async function listImportJobs({ ctx }: { ctx: ServiceContext }) {
  authorize(ctx.actor, 'iati.import');
  const rows = await ctx.db
    .selectFrom('import_job')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  return { items: rows.map(toJobOutput) };
}

/**
 * A page of a job's findings in the order found, optionally of one severity.
 * @throws NotFoundError `import_job_not_found`; ValidationError
 */
export async function listImportFindings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; query: unknown };
}) {
  const query = parseInput(FindingQuery, input.query, 'query');
  await getImportJob({ ctx, input: { id: input.id } });
  let base = ctx.db.selectFrom('import_finding').where('job_id', '=', input.id);
  if (query.severity !== undefined) {
    base = base.where('severity', '=', query.severity);
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('seq').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.total),
    items: rows.map((row) => ({
      seq: row.seq,
      severity: row.severity,
      code: row.code,
      line: row.line_number,
      column: row.column_number,
      activityIdentifier: row.activity_identifier,
      activityId: row.activity_id,
      message: { es: row.message_es, en: row.message_en },
    })),
  };
}
