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

export type ImportJobRow = Selectable<ImportJobTable>;
export type ImportFindingRow = Selectable<ImportFindingTable>;
