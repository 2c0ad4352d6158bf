import type { IatiSourceRow } from '../iati.table';
import type { FetchResult, Validators } from './fetch-to-file';
import type { SyncFailure } from './sync-failure';

/** One file a source resolves to: its URL (the resource's key) and, for shipped files, where it is on disk. */
export interface SourceTarget {
  readonly url: string;
  readonly file?: string;
}

/** The files a source resolves to now, or why they could not be listed. */
export interface Resolution {
  readonly targets: readonly SourceTarget[];
  /** HTTP requests made to list them (the Registry API), retries included. */
  readonly requests: number;
  readonly httpStatus: number | null;
  readonly failure: SyncFailure | null;
}

/**
 * A file read for import: `temporary` files (downloads) are deleted after it. `sha256` is null when the
 * reader did not hash the file (shipped files: hashed only when there is an earlier hash to compare with,
 * since the import hashes what it imports).
 */
export type ReadResult =
  | Exclude<FetchResult, { kind: 'file' }>
  | (Omit<Extract<FetchResult, { kind: 'file' }>, 'httpStatus' | 'sha256'> & {
      readonly httpStatus: number | null;
      readonly sha256: string | null;
      readonly temporary: boolean;
    });

/** How a kind of source is listed and read: over HTTP, or from the files shipped with the product. */
export interface SourceReader {
  resolve(source: IatiSourceRow): Promise<Resolution>;
  read(target: SourceTarget, validators: Validators): Promise<ReadResult>;
}
