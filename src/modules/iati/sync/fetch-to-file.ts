import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { setTimeout as sleep } from 'node:timers/promises';
import { uuidv7 } from '@/platform/crypto/uuid';
import { syncFailure, type SyncFailure } from './sync-failure';

/** Where fetched files wait for their import (deleted once it ends). */
const DOWNLOAD_DIR = path.join(os.tmpdir(), 'carsi-sync');
/** A server's Retry-After is honoured up to this long; the backoff never waits longer either. */
const MAX_WAIT_MS = 5 * 60_000;
const USER_AGENT = 'CARSI-Coordination-Platform (IATI sync; docs/SOURCES.md)';

/** The validators of the last good fetch of a URL, sent back so an unchanged file costs a 304. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface FetchOptions {
  readonly limitBytes: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Aborts waiting and downloading (the server is shutting down). */
  readonly signal?: AbortSignal;
}

export type FetchResult =
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly sha256: string;
      readonly bytes: number;
      readonly httpStatus: number;
      readonly requests: number;
      readonly validators: Validators;
    }
  | { readonly kind: 'not_modified'; readonly httpStatus: number; readonly requests: number }
  | {
      readonly kind: 'failed';
      readonly failure: SyncFailure;
      readonly httpStatus: number | null;
      readonly bytes: number | null;
      readonly requests: number;
    };

type Once =
  | Exclude<FetchResult, { kind: 'failed' }>
  | {
      readonly kind: 'failed';
      readonly failure: SyncFailure;
      readonly httpStatus: number | null;
      readonly bytes: number | null;
      readonly retryable: boolean;
      readonly retryAfterMs?: number;
    };

/**
 * Fetches a URL into a temporary file, streaming: a conditional request from `validators` (304: nothing
 * downloaded), at most `limitBytes` (declared or counted), abandoned when the server sends nothing for
 * `timeoutMs`, a body shorter than its Content-Length refused, and network errors, timeouts, cut-off
 * bodies, 5xx and 429 retried with exponential backoff. Never throws; the caller deletes the file.
 */
export async function fetchToFile(
  url: string,
  validators: Validators,
  options: FetchOptions,
): Promise<FetchResult> {
  await mkdir(DOWNLOAD_DIR, { recursive: true, mode: 0o700 });
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    ...options.headers,
    ...(validators.etag === null ? {} : { 'if-none-match': validators.etag }),
    ...(validators.lastModified === null ? {} : { 'if-modified-since': validators.lastModified }),
  };
  for (let retry = 0; ; retry += 1) {
    const result = await requestOnce(url, headers, options);
    if (result.kind !== 'failed') {
      return { ...result, requests: retry + 1 };
    }
    const { retryable, retryAfterMs, ...failed } = result;
    if (!retryable || retry >= options.retries || options.signal?.aborted === true) {
      return { ...failed, requests: retry + 1 };
    }
    const backoff = options.retryDelayMs * 2 ** retry;
    try {
      await sleep(Math.min(Math.max(backoff, retryAfterMs ?? 0), MAX_WAIT_MS), undefined, {
        signal: options.signal,
      });
    } catch {
      return {
        kind: 'failed',
        failure: syncFailure.interrupted(),
        httpStatus: null,
        bytes: null,
        requests: retry + 1,
      };
    }
  }
}

async function requestOnce(
  url: string,
  headers: Record<string, string>,
  options: FetchOptions,
): Promise<Once> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  // An inactivity timer, re-armed by every chunk: a large file may take long, a silent server may not.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
  };
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  const file = path.join(DOWNLOAD_DIR, `${uuidv7()}.download`);
  let response: Response | undefined;
  let bytes = 0;
  arm();
  try {
    response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not_modified', httpStatus: 304, requests: 1 };
    }
    if (!response.ok) {
      await response.body?.cancel();
      const retryable = response.status >= 500 || response.status === 429;
      return {
        kind: 'failed',
        failure: syncFailure.httpError(url, response.status),
        httpStatus: response.status,
        bytes: null,
        retryable,
        retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
      };
    }
    // Compressed bodies are counted after decompression, so their Content-Length says nothing about them.
    const encoded = !['', 'identity'].includes(response.headers.get('content-encoding') ?? '');
    const declared = encoded ? null : contentLength(response.headers.get('content-length'));
    if ((declared ?? 0) > options.limitBytes) {
      await response.body?.cancel();
      return tooLarge(url, response.status, options.limitBytes);
    }
    const hash = createHash('sha256');
    const out = createWriteStream(file, { mode: 0o600 });
    try {
      const body =
        response.body === null ? [] : Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
      for await (const chunk of body) {
        arm();
        const buffer = chunk as Uint8Array;
        bytes += buffer.length;
        if (bytes > options.limitBytes) {
          controller.abort();
          out.destroy();
          await rm(file, { force: true });
          return tooLarge(url, response.status, options.limitBytes);
        }
        hash.update(buffer);
        if (!out.write(buffer)) {
          await once(out, 'drain');
        }
      }
      out.end();
      await finished(out);
    } catch (error) {
      out.destroy();
      throw error;
    }
    if (declared !== null && bytes !== declared) {
      await rm(file, { force: true });
      return truncated(url, response.status, bytes, declared);
    }
    return {
      kind: 'file',
      path: file,
      sha256: hash.digest('hex'),
      bytes,
      httpStatus: response.status,
      requests: 1,
      validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
    };
  } catch (error) {
    await rm(file, { force: true });
    const status = response?.status ?? null;
    if (timedOut) {
      return {
        kind: 'failed',
        failure: syncFailure.timeout(url, options.timeoutMs),
        httpStatus: status,
        bytes,
        retryable: true,
      };
    }
    if (options.signal?.aborted === true) {
      return {
        kind: 'failed',
        failure: syncFailure.interrupted(),
        httpStatus: status,
        bytes,
        retryable: false,
      };
    }
    if (response !== undefined) {
      // The headers came, then the connection closed before the body ended.
      return truncated(url, response.status, bytes, contentLength(response.headers.get('content-length')));
    }
    return {
      kind: 'failed',
      failure: syncFailure.network(url, networkReason(error)),
      httpStatus: null,
      bytes: null,
      retryable: true,
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

const tooLarge = (url: string, status: number, limit: number): Once => ({
  kind: 'failed',
  failure: syncFailure.tooLarge(url, limit),
  httpStatus: status,
  bytes: null,
  retryable: false,
});

const truncated = (url: string, status: number, bytes: number, declared: number | null): Once => ({
  kind: 'failed',
  failure: syncFailure.truncated(url, bytes, declared),
  httpStatus: status,
  bytes,
  retryable: true,
});

function contentLength(header: string | null): number | null {
  return header !== null && /^\d+$/.test(header) ? Number(header) : null;
}

/** Retry-After in seconds (an HTTP date is rare from file servers and is treated as absent). */
function retryAfterMs(header: string | null): number | undefined {
  return header !== null && /^\d+$/.test(header) ? Number(header) * 1000 : undefined;
}

/** The low-level reason of a network failure (`ECONNREFUSED`, `ENOTFOUND`…), without a stack. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') {
    return cause.code;
  }
  return typeof cause?.message === 'string' ? cause.message : String(error);
}
