import type { Selectable } from 'kysely';
import type { Reconciliation } from '../import/reconciliation';
import type { IatiSourceResourceTable, IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';
import type { FileRow } from './source.repository';
import type { SourceDetail, SourceFile, SourceSummary, SyncAttemptOutput } from './source.schemas';
import type { SyncFailure } from './sync-failure';

type ReconciliationStatus = Reconciliation['status'];
const SEVERITY: readonly ReconciliationStatus[] = ['reconciled', 'explained', 'unexplained'];

const parsed = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** The worst of several reconciliations: one unexplained difference makes the whole source unexplained. */
export function worstReconciliation(jsons: readonly (string | null)[]): ReconciliationStatus | null {
  let worst: ReconciliationStatus | null = null;
  for (const status of jsons.map((json) => parsed<Reconciliation>(json)?.status)) {
    if (status !== undefined && (worst === null || SEVERITY.indexOf(status) > SEVERITY.indexOf(worst))) {
      worst = status;
    }
  }
  return worst;
}

/** A source row as the API shows it, with the facts counted from its files. */
export function toSourceSummary(
  row: IatiSourceRow,
  facts: { fileCount: number; reconciliationStatus: ReconciliationStatus | null },
): SourceSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    location: row.location,
    publisher: row.publisher,
    licence: row.licence,
    limitations: { es: row.limitations_es, en: row.limitations_en },
    intervalHours: row.interval_hours,
    status: row.status,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastError: parsed<SyncFailure>(row.last_error),
    version: row.version,
    ...facts,
  };
}

/** An imported file as the API shows it. */
export function toSourceFile(row: FileRow): SourceFile {
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: Number(row.size_bytes),
    iatiVersion: row.iati_version,
    generatedAt: row.generated_at,
    importedAt: row.imported_at,
    publisher: row.publisher,
    sourceUrl: row.source_url,
    licence: row.licence,
    sourceId: row.source_id,
    reconciliation: parsed<Reconciliation>(row.reconciliation) as SourceFile['reconciliation'],
    lastJobId: row.last_job_id,
  };
}

/** A fetch attempt as the API shows it. */
export function toAttemptOutput(row: IatiSyncAttemptRow): SyncAttemptOutput {
  return {
    id: row.id,
    url: row.url,
    trigger: row.trigger,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    outcome: row.outcome,
    httpStatus: row.http_status,
    bytes: row.bytes === null ? null : Number(row.bytes),
    attempts: row.attempts,
    error: parsed<SyncFailure>(row.error),
    jobId: row.job_id,
    sourceFileId: row.source_file_id,
  };
}

/** An address of a source, with its validators, as the API shows it. */
export function toResourceOutput(
  row: Selectable<IatiSourceResourceTable>,
): SourceDetail['resources'][number] {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    sha256: row.sha256,
    checkedAt: row.checked_at,
  };
}
