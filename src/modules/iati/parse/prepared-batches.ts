import { Worker } from 'node:worker_threads';
import type { Dialect } from '@/platform/db/connect';
import type { ImportVocabulary } from '../import/import-vocabulary';
import type { PreparedActivity } from '../import/prepare-activity';
import { IatiFileRefused } from './iati-file-refused';
import { prepareWorkerCode } from './prepare-worker-code';
import type { PrepareMessage, PrepareRequest } from './prepare-worker';
import type { FileHeader } from './read-iati-stream';

/**
 * Activities per batch, by database: enough for multi-row INSERTs to pay, few enough to keep memory small.
 * SQLite: a batch's objects live while it is written, long enough to reach the old generation; 30 rather
 * than 125 saved about 45 MB of peak memory at the same speed. PostgreSQL: every batch costs a dozen round
 * trips, so 125 (30 took 25 % longer). Measured with `npm run bench:iati` (bench/RESULTS.md).
 */
const BATCH: Record<Dialect, number> = { sqlite: 30, postgres: 125 };
/** Bytes read per chunk: larger chunks make the XML reader slower (it re-slices long strings). */
const CHUNK = 64 * 1024;

/** A file being read and mapped on a second thread; `batches` hands its activities over in file order. */
export interface PreparingFile {
  batches(header: FileHeader, onBytes: (bytesRead: number) => void): AsyncGenerator<PreparedActivity[]>;
  stop(): Promise<void>;
}

/**
 * Starts reading and mapping a file's activities on a second thread, so the file is parsed on one core
 * while the database works on the other; the thread starts at once (it takes a moment to load) and reads
 * ahead at most a few batches. What it sends arrives as copies: nothing the writer keeps (identifiers, finding
 * messages) holds on to the file's text, as slices of the reader's chunks would.
 */
export function startPreparing(path: string, vocabulary: ImportVocabulary, dialect: Dialect): PreparingFile {
  const worker = new Worker(prepareWorkerCode(), {
    eval: true,
    // The reading thread holds a few batches at a time; cap its heap so a bug cannot take the server down.
    // Its young generation stays at V8's 48 MB: 24 MB saved about 10 MB of memory but cost the thread enough
    // garbage collection to make the import 7 % slower (bench/RESULTS.md).
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 },
  });
  const inbox: PrepareMessage[] = [];
  let wake: (() => void) | undefined;
  const deliver = (message: PrepareMessage) => {
    inbox.push(message);
    wake?.();
  };
  worker.on('message', deliver);
  worker.on('error', (error) => deliver({ type: 'failed', message: error.stack ?? error.message }));
  const request: PrepareRequest = { path, vocabulary, batchSize: BATCH[dialect], chunkSize: CHUNK };
  worker.postMessage(request);
  const stop = async () => {
    await worker.terminate();
  };
  return {
    stop,
    /** @throws IatiFileRefused when the file is not well-formed XML or declares a DOCTYPE */
    async *batches(header, onBytes) {
      try {
        for (;;) {
          while (inbox.length === 0) {
            await new Promise<void>((resolve) => (wake = resolve));
          }
          const message = inbox.shift() as PrepareMessage;
          switch (message.type) {
            case 'batch':
              worker.postMessage('next');
              onBytes(message.bytesRead);
              yield message.activities;
              break;
            case 'end':
              Object.assign(header, message.header);
              onBytes(message.bytesRead);
              return;
            case 'refused':
              Object.assign(header, message.header);
              throw new IatiFileRefused(message.code, message.line, message.column, message.detail);
            case 'failed':
              throw new Error(`reading the IATI file failed: ${message.message}`);
          }
        }
      } finally {
        await stop();
      }
    },
  };
}
