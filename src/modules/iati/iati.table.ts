import type { Selectable } from 'kysely';

/** An IATI file that was imported, identified by the SHA-256 of its bytes (the same file is one row). */
export interface IatiSourceFileTable {
  id: string;
  file_name: string;
  sha256: string;
  size_bytes: number | string | bigint;
  iati_version: string | null;
  generated_at: string | null;
  imported_at: string;
  imported_by: string;
  /** The registered source it was fetched for; null when imported by hand. */
  source_id: string | null;
  publisher: string | null;
  /** Where it was fetched from; null when uploaded or read from disk. */
  source_url: string | null;
  licence: string | null;
  /** JSON `Reconciliation` (reconciliation.ts): what the file published next to what was stored. */
  reconciliation: string | null;
}

/**
 * A source of public IATI data an administrator registered (or that ships with the product): fetched on a
 * schedule and by hand; `status` is the last attempt's result (`never` before the first).
 */
export interface IatiSourceTable {
  id: string;
  name: string;
  kind: 'file_url' | 'registry_publisher' | 'datastore_query' | 'shipped';
  /** The file URL, the Registry publisher id, the Datastore query, or (shipped) the files' folder. */
  location: string;
  publisher: string;
  licence: string;
  /** What the publisher says its data cannot be used for, or where it is incomplete. */
  limitations_es: string;
  limitations_en: string;
  /** Hours between scheduled fetches; null: only by hand. */
  interval_hours: number | null;
  status: 'never' | 'ok' | 'failed';
  last_attempt_at: string | null;
  last_success_at: string | null;
  /** JSON `{ code, es, en }` of the last failure, kept until a fetch succeeds. */
  last_error: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  version: number;
}

/** A URL a source resolves to, with the validators of its last good fetch (conditional requests). */
export interface IatiSourceResourceTable {
  source_id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  sha256: string | null;
  checked_at: string | null;
}

/** One fetch of one source (or of one of its URLs): what happened, with the import job it started. */
export interface IatiSyncAttemptTable {
  id: string;
  source_id: string;
  url: string | null;
  trigger: 'schedule' | 'manual';
  started_at: string;
  finished_at: string | null;
  /**
   * Written every few seconds while a run is running; a run whose heartbeat is older than
   * ABANDONED_AFTER_MS is taken as abandoned (null on rows from before: their start time stands in).
   */
  heartbeat_at: string | null;
  outcome: 'running' | 'imported' | 'unchanged' | 'not_modified' | 'failed' | 'refused';
  http_status: number | null;
  bytes: number | string | bigint | null;
  /** HTTP requests made, retries included. */
  attempts: number;
  /** JSON `{ code, es, en }` when the attempt failed. */
  error: string | null;
  job_id: string | null;
  source_file_id: string | null;
}

/** The file an imported activity last came from, and the hash of what that file published for it. */
export interface ActivitySourceTable {
  activity_id: string;
  source_file_id: string;
  content_hash: string;
  imported_at: string;
}

/**
 * One import of one file: `status` queued → running → succeeded | refused (the file was refused whole) |
 * failed (the platform failed). `report` and `error` are JSON.
 */
export interface ImportJobTable {
  id: string;
  kind: 'iati_import';
  status: 'queued' | 'running' | 'succeeded' | 'refused' | 'failed';
  file_name: string;
  size_bytes: number | string | bigint;
  bytes_read: number | string | bigint;
  dry_run: number;
  validate: number;
  created_by: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  source_file_id: string | null;
  report: string | null;
  error: string | null;
}

/** A finding of an import job, numbered in the order found. */
export interface ImportFindingTable {
  job_id: string;
  seq: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  line_number: number | null;
  column_number: number | null;
  activity_identifier: string | null;
  activity_id: string | null;
  message_es: string;
  message_en: string;
}

export type IatiSourceRow = Selectable<IatiSourceTable>;
export type IatiSyncAttemptRow = Selectable<IatiSyncAttemptTable>;
export type ImportJobRow = Selectable<ImportJobTable>;
export type ImportFindingRow = Selectable<ImportFindingTable>;
