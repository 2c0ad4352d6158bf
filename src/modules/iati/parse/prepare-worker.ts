import { createReadStream } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { ImportVocabulary } from '../import/import-vocabulary';
import { forgetOrganisationRefs } from '../import/organisation-ref';
import { prepareActivity, type PreparedActivity } from '../import/prepare-activity';
import { IatiFileRefused } from './iati-file-refused';
import { readActivity } from './read-activity';
import { readIatiActivities, type FileHeader } from './read-iati-stream';

/** What the reading thread is asked to read. */
export interface PrepareRequest {
  readonly path: string;
  readonly vocabulary: ImportVocabulary;
  readonly batchSize: number;
  readonly chunkSize: number;
}

/** What it answers, in order: batches, then one end, refusal or failure. */
export type PrepareMessage =
  | { readonly type: 'batch'; readonly activities: PreparedActivity[]; readonly bytesRead: number }
  | { readonly type: 'end'; readonly header: FileHeader; readonly bytesRead: number }
  | {
      readonly type: 'refused';
      readonly code: IatiFileRefused['code'];
      readonly line: number;
      readonly column: number;
      readonly detail: string;
      readonly header: FileHeader;
    }
  | { readonly type: 'failed'; readonly message: string };

/** Batches sent but not yet taken by the writer: reading stops here, so memory stays bounded. */
const AHEAD = 2;

const port = parentPort;
if (port === null) {
  throw new Error('prepare-worker runs only as a worker thread');
}
let credit = AHEAD;
let wake: (() => void) | undefined;
port.on('message', (message: PrepareRequest | 'next') => {
  if (message === 'next') {
    credit += 1;
    wake?.();
    return;
  }
  void prepare(message);
});

async function send(message: PrepareMessage): Promise<void> {
  while (message.type === 'batch' && credit === 0) {
    await new Promise<void>((resolve) => (wake = resolve));
  }
  if (message.type === 'batch') {
    credit -= 1;
  }
  port?.postMessage(message);
}

async function prepare(request: PrepareRequest): Promise<void> {
  const header: FileHeader = { root: undefined, version: undefined, generatedAt: undefined };
  let bytesRead = 0;
  let batch: PreparedActivity[] = [];
  try {
    const chunks = createReadStream(request.path, {
      highWaterMark: request.chunkSize,
    }) as AsyncIterable<Buffer>;
    for await (const found of readIatiActivities(chunks, header, (bytes) => (bytesRead += bytes))) {
      for (const activity of found) {
        batch.push(prepareActivity(readActivity(activity), request.vocabulary));
      }
      if (batch.length >= request.batchSize) {
        await send({ type: 'batch', activities: batch, bytesRead });
        batch = [];
        forgetOrganisationRefs();
      }
    }
    if (batch.length > 0) {
      await send({ type: 'batch', activities: batch, bytesRead });
    }
    await send({ type: 'end', header, bytesRead });
  } catch (error) {
    await send(
      error instanceof IatiFileRefused
        ? {
            type: 'refused',
            code: error.code,
            line: error.line,
            column: error.column,
            detail: error.detail,
            header,
          }
        : {
            type: 'failed',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          },
    );
  }
}
