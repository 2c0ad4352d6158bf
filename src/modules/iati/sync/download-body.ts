import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';

/** The compressions asked for, and how each is undone (checked by the decompressor: a cut-off body fails). */
export const DECODERS: Readonly<Record<string, () => Transform>> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * Writes a body to a new file (mode 0600, never an existing one), counting and hashing it; undefined as
 * soon as it passes `limitBytes`. `download.bytes` is kept up to date for the caller's failure reports.
 */
export async function streamToFile(
  body: Readable,
  file: string,
  limitBytes: number,
  download: { bytes: number },
  onChunk: () => void,
): Promise<string | undefined> {
  const hash = createHash('sha256');
  const out = createWriteStream(file, { mode: 0o600, flags: 'wx' });
  // Kept, not thrown from an event: a write still in flight when the body fails and `out` is destroyed
  // errors then, with no one to hear it (an uncaught exception would stop the process).
  let writeError: Error | undefined;
  out.on('error', (error: Error) => {
    writeError ??= error;
  });
  try {
    for await (const chunk of body) {
      if (writeError !== undefined) {
        throw writeError;
      }
      onChunk();
      const buffer = chunk as Buffer;
      download.bytes += buffer.length;
      if (download.bytes > limitBytes) {
        out.destroy();
        return undefined;
      }
      hash.update(buffer);
      if (!out.write(buffer)) {
        await once(out, 'drain');
      }
    }
    out.end();
    await finished(out);
    if (writeError !== undefined) {
      throw writeError;
    }
    return hash.digest('hex');
  } catch (error) {
    out.destroy();
    throw error;
  }
}
