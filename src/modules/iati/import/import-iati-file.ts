import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Transaction } from 'kysely';
import { authorize } from '@/modules/access';
import { actorId, recordAudit } from '@/modules/audit';
import { createUsdRateFinder } from '@/modules/funding';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { Database } from '@/platform/db/database';
import { IatiFileRefused } from '../parse/iati-file-refused';
import { startPreparing } from '../parse/prepared-batches';
import type { FileHeader } from '../parse/read-iati-stream';
import { validateIatiSchema } from '../validate-iati-schema';
import { ImportTally, type TalliedFinding } from './import-tally';
import { loadImportVocabulary } from './import-vocabulary';
import { IatiImportWriter } from './import-writer';
import { refusalMessage } from './refusal-messages';

export interface ImportIatiOptions {
  /** The name users know the file by (uploads keep the uploaded name). */
  readonly fileName: string;
  /** Report what would change, change nothing. */
  readonly dryRun: boolean;
  /** Check the file against the official IATI 2.03 schema first; refuse it when invalid. */
  readonly validate: boolean;
  readonly onProgress?: (bytesRead: number, sizeBytes: number) => void;
  /** Where the file came from, recorded on its source record (a sync, the shipped public data). */
  readonly origin?: FileOrigin;
}

/** Who published a file, where it was fetched from and under what licence; the registered source, if any. */
export interface FileOrigin {
  readonly sourceId: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly licence: string | null;
}

export interface ImportRefusal {
  readonly code: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: { readonly es: string; readonly en: string };
}

export type ImportReport = ReturnType<ImportTally['summary']> & {
  readonly status: 'imported' | 'refused';
  readonly fileName: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly iatiVersion: string | null;
  readonly generatedAt: string | null;
  readonly dryRun: boolean;
  readonly sourceFileId: string | null;
  readonly organisationsCreated: number;
  readonly refusal: ImportRefusal | null;
  readonly durationMs: number;
};

class DryRunRollback extends Error {}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/**
 * Imports one IATI activity file (1.0x–2.03), streaming it: every activity becomes a new, changed or
 * unchanged platform activity, or is refused with a finding; the whole file is one database transaction,
 * so a file that turns out not to be well-formed leaves nothing behind. Re-importing the same file
 * changes nothing.
 * @throws ForbiddenError
 */
export async function importIatiFile({
  ctx,
  path,
  options,
}: {
  ctx: ServiceContext;
  path: string;
  options: ImportIatiOptions;
}): Promise<{ report: ImportReport; findings: readonly TalliedFinding[] }> {
  authorize(ctx.actor, 'iati.import');
  const started = Date.now();
  const sizeBytes = (await stat(path)).size;
  let tally = new ImportTally();
  const header: FileHeader = { root: undefined, version: undefined, generatedAt: undefined };
  let sha256 = '';
  const base = () => ({ fileName: options.fileName, sha256, sizeBytes, dryRun: options.dryRun });
  const finish = (status: ImportReport['status'], extra: Partial<ImportReport>) => ({
    report: {
      ...tally.summary(),
      ...base(),
      status,
      iatiVersion: header.version ?? null,
      generatedAt: header.generatedAt ?? null,
      sourceFileId: null,
      organisationsCreated: 0,
      refusal: null,
      durationMs: Date.now() - started,
      ...extra,
    },
    findings: tally.findings,
  });
  const refuse = (refusal: ImportRefusal) => {
    tally.note([
      {
        severity: 'error',
        code: refusal.code,
        line: refusal.line,
        column: refusal.column,
        activityIdentifier: null,
        message: refusal.message,
      },
    ]);
    return finish('refused', { refusal });
  };

  if (options.validate) {
    sha256 = await sha256Of(path);
    const schema = await validateIatiSchema({ fileName: options.fileName, path });
    if (!schema.valid) {
      const first = schema.errors[0];
      for (const error of schema.errors.slice(1)) {
        tally.note([
          {
            severity: 'error',
            code: 'iati_schema_invalid',
            line: error.line,
            column: error.column,
            activityIdentifier: null,
            message: { es: error.message, en: error.message },
          },
        ]);
      }
      const where = { line: first?.line ?? null, column: first?.column ?? null };
      return refuse({
        code: 'iati_schema_invalid',
        ...where,
        message: refusalMessage('iati_schema_invalid', where, first?.message ?? ''),
      });
    }
  }

  // Reference data only: read before the transaction so the reading thread can start loading at once.
  const vocabulary = await loadImportVocabulary(ctx.db);
  const reading = startPreparing(path, vocabulary, ctx.dialect);
  try {
    sha256 ||= await sha256Of(path);
    const outcome = await withTransaction(ctx, async (trx) => {
      const source = await sourceFileFor(trx, ctx, { ...base(), origin: options.origin });
      const writer = new IatiImportWriter(
        trx,
        ctx,
        { id: source.id, fileName: options.fileName, sha256 },
        vocabulary,
        await createUsdRateFinder(trx),
        await lockedYears(trx),
        tally,
      );
      for await (const batch of reading.batches(header, (bytesRead) =>
        options.onProgress?.(bytesRead, sizeBytes),
      )) {
        await writer.writeBatch(batch);
      }
      if (tally.activities.inFile === 0 && header.root !== 'iati-activities') {
        throw new IatiFileRefused(
          'iati_no_activities_element',
          1,
          1,
          `the root element is <${header.root ?? ''}>`,
        );
      }
      await writer.finish();
      await trx
        .updateTable('iati_source_file')
        .set({
          iati_version: header.version ?? null,
          generated_at: header.generatedAt ?? null,
          reconciliation: JSON.stringify(tally.reconciliation()),
        })
        .where('id', '=', source.id)
        .execute();
      const changed = tally.activities.created + tally.activities.updated;
      if (changed > 0) {
        await recordAudit(trx, ctx, {
          action: 'iati.import',
          entity: 'iati_source_file',
          entityId: source.id,
          details: { fileName: options.fileName, sha256, ...tally.summary().activities },
        });
      }
      if (options.dryRun) {
        throw new DryRunRollback();
      }
      return { sourceFileId: source.id, organisationsCreated: writer.organisationsCreated };
    }).catch((error: unknown) => {
      if (error instanceof DryRunRollback) {
        return { sourceFileId: null, organisationsCreated: 0 };
      }
      throw error;
    });
    return finish('imported', outcome);
  } catch (error) {
    if (error instanceof IatiFileRefused) {
      tally = new ImportTally(); // nothing of the file was kept: the counts of what was read do not stand
      const where = { line: error.line, column: error.column };
      return refuse({ code: error.code, ...where, message: refusalMessage(error.code, where, error.detail) });
    }
    throw error;
  } finally {
    await reading.stop();
  }
}

/** The file's source record: the existing one when the same bytes were imported before. */
async function sourceFileFor(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  file: { fileName: string; sha256: string; sizeBytes: number; origin: FileOrigin | undefined },
): Promise<{ id: string }> {
  const existing = await trx
    .selectFrom('iati_source_file')
    .select('id')
    .where('sha256', '=', file.sha256)
    .executeTakeFirst();
  const origin = {
    source_id: file.origin?.sourceId ?? null,
    publisher: file.origin?.publisher ?? null,
    source_url: file.origin?.url ?? null,
    licence: file.origin?.licence ?? null,
  };
  if (existing !== undefined) {
    if (file.origin !== undefined) {
      // The same bytes fetched for a source: the record says where they were last fetched from.
      await trx.updateTable('iati_source_file').set(origin).where('id', '=', existing.id).execute();
    }
    return existing;
  }
  const id = uuidv7(ctx.now());
  await trx
    .insertInto('iati_source_file')
    .values({
      id,
      file_name: file.fileName,
      sha256: file.sha256,
      size_bytes: file.sizeBytes,
      iati_version: null,
      generated_at: null,
      imported_at: ctx.now().toISOString(),
      imported_by: actorId(ctx.actor),
      ...origin,
      reconciliation: null,
    })
    .execute();
  return { id };
}

async function lockedYears(trx: Transaction<Database>): Promise<Map<string, Set<number>>> {
  const locks = new Map<string, Set<number>>();
  for (const lock of await trx
    .selectFrom('period_lock')
    .select(['organisation_id', 'fiscal_year'])
    .execute()) {
    locks.set(lock.organisation_id, (locks.get(lock.organisation_id) ?? new Set()).add(lock.fiscal_year));
  }
  return locks;
}
