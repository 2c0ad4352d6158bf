import type { Selectable } from 'kysely';
import type { Reconciliation } from '../import/reconciliation';
import type { IatiSourceResourceTable, IatiSourceRow, IatiSyncAttemptRow } from '../iati.table';
import type { FileRow } from './source.repository';
import type { SourceDetail, SourceFile, SourceSummary, SyncAttemptOutput } from './source.schemas';
import type { SyncFailure } from './sync-failure';
import { redactQuery, redactUrl, redactUrlsIn } from './source-urls';

type ReconciliationStatus = Reconciliation['status'];
const SEVERITY: readonly ReconciliationStatus[] = ['reconciled', 'explained', 'unexplained'];

const parsed = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/**
 * Whether addresses are shown redacted (no credentials, no query values): to readers who may not change
 * sources (`iati.import` without `iati.source.manage`). Credentials are stored only in a source's location.
 */
export interface View {
  readonly redact: boolean;
}

const failureIn = (json: string | null, view: View): SyncFailure | null => {
  const failure = parsed<SyncFailure>(json);
  return failure === null || !view.redact
    ? failure
    : { ...failure, es: redactUrlsIn(failure.es), en: redactUrlsIn(failure.en) };
};

const urlIn = (url: string, view: View) => (view.redact ? redactUrl(url) : url);

function locationIn(row: IatiSourceRow, view: View): string {
  if (!view.redact) {
    return row.location;
  }
  switch (row.kind) {
    case 'file_url':
      return redactUrl(row.location);
    case 'datastore_query':
      return redactQuery(row.location);
    default:
      return row.location;
  }
}

/** A file name with a query (a Datastore answer's) shows the query's names only when redacted. */
function fileNameIn(name: string, view: View): string {
  const at = name.indexOf('?');
  return view.redact && at >= 0 ? `${name.slice(0, at)}?${redactQuery(name.slice(at))}` : name;
}

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
  view: View,
): SourceSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    location: locationIn(row, view),
    publisher: row.publisher,
    licence: row.licence,
    limitations: { es: row.limitations_es, en: row.limitations_en },
    intervalHours: row.interval_hours,
    status: row.status,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastError: failureIn(row.last_error, view),
    version: row.version,
    ...facts,
  };
}

/** An imported file as the API shows it. */
export function toSourceFile(row: FileRow, view: View): SourceFile {
  return {
    id: row.id,
    fileName: fileNameIn(row.file_name, view),
    sha256: row.sha256,
    sizeBytes: Number(row.size_bytes),
    iatiVersion: row.iati_version,
    generatedAt: row.generated_at,
    importedAt: row.imported_at,
    publisher: row.publisher,
    sourceUrl: row.source_url === null ? null : urlIn(row.source_url, view),
    licence: row.licence,
    sourceId: row.source_id,
    reconciliation: parsed<Reconciliation>(row.reconciliation) as SourceFile['reconciliation'],
    lastJobId: row.last_job_id,
  };
}

/** A fetch attempt as the API shows it. */
export function toAttemptOutput(row: IatiSyncAttemptRow, view: View): SyncAttemptOutput {
  return {
    id: row.id,
    url: row.url === null ? null : urlIn(row.url, view),
    trigger: row.trigger,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    outcome: row.outcome,
    httpStatus: row.http_status,
    bytes: row.bytes === null ? null : Number(row.bytes),
    attempts: row.attempts,
    error: failureIn(row.error, view),
    jobId: row.job_id,
    sourceFileId: row.source_file_id,
  };
}

/** An address of a source, with its validators, as the API shows it. */
export function toResourceOutput(
  row: Selectable<IatiSourceResourceTable>,
  view: View,
): SourceDetail['resources'][number] {
  return {
    url: urlIn(row.url, view),
    etag: row.etag,
    lastModified: row.last_modified,
    sha256: row.sha256,
    checkedAt: row.checked_at,
  };
}
