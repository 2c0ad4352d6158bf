import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { IatiSourceRow } from '../iati.table';
import { findShippedSource, shippedFileUrl } from './shipped-sources';
import type { ReadResult, Resolution, SourceReader, SourceTarget } from './source-reader';
import { syncFailure } from './sync-failure';

/**
 * Reads the public files shipped in `reference/` (no network): a shipped source is the folder listed in
 * reference/iati/public/sources.json, each file known by the URL it was taken from.
 */
export function shippedReader(referenceDir: string): SourceReader {
  return {
    async resolve(source: IatiSourceRow): Promise<Resolution> {
      const shipped = await findShippedSource(referenceDir, source.location);
      if (shipped === undefined) {
        return { targets: [], requests: 0, httpStatus: null, failure: syncFailure.noFiles(source.location) };
      }
      return {
        targets: shipped.files.map((file) => ({
          url: shippedFileUrl(shipped, file),
          file: path.join(referenceDir, shipped.folder, file),
        })),
        requests: 0,
        httpStatus: null,
        failure: null,
      };
    },

    async read(target: SourceTarget): Promise<ReadResult> {
      const file = target.file ?? '';
      const size = await stat(file).then(
        (stats) => stats.size,
        () => undefined,
      );
      if (size === undefined) {
        return {
          kind: 'failed',
          failure: syncFailure.shippedMissing(path.basename(file)),
          httpStatus: null,
          bytes: null,
          requests: 0,
        };
      }
      return {
        kind: 'file',
        path: file,
        // Not hashed here: syncTarget hashes it only to compare with an earlier import's hash.
        sha256: null,
        bytes: size,
        httpStatus: null,
        requests: 0,
        validators: { etag: null, lastModified: null },
        temporary: false,
      };
    },
  };
}
