import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressPolicy } from './address-policy';
import { DECODERS, streamToFile } from './download-body';
import { createDownloadDir, removeDownload } from './download-dir';
import { getFollowingRedirects } from './http-get';
import { guardRequest, type Stop } from './request-guard';
import { syncFailure, type SyncFailure } from './sync-failure';

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
  /** A request is abandoned after this long without data. */
  readonly timeoutMs: number;
  /** A request, its redirects included, is abandoned after this long in all (not retried). */
  readonly deadlineMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  /** The destinations refused (address-policy.ts), on every request and redirect. */
  readonly refuses: AddressPolicy;
  readonly headers?: Readonly<Record<string, string>>;
  /** Aborts waiting and downloading (shutdown, an interrupted command). */
  readonly signal?: AbortSignal;
}

export type FetchResult =
  | {
      readonly kind: 'file';
      /** In a private folder of its own: delete it with removeDownload. */
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
  | (Extract<FetchResult, { kind: 'failed' }> & {
      readonly retryable: boolean;
      readonly retryAfterMs?: number;
    });

/**
 * Fetches a URL into a temporary file, streaming: a conditional request from `validators` (304: nothing
 * downloaded), redirects followed by hand and every destination checked (address-policy.ts), at most
 * `limitBytes` (declared or counted), abandoned when the server sends nothing for `timeoutMs` or the
 * request has not ended after `deadlineMs`, a body shorter than its Content-Length refused, and network
 * errors, inactivity, cut-off bodies, 5xx and 429 retried with exponential backoff. Never throws.
 */
export async function fetchToFile(
  url: string,
  validators: Validators,
  options: FetchOptions,
): Promise<FetchResult> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    'accept-encoding': 'gzip, deflate, br',
    ...options.headers,
    ...(validators.etag === null ? {} : { 'if-none-match': validators.etag }),
    ...(validators.lastModified === null ? {} : { 'if-modified-since': validators.lastModified }),
  };
  let requests = 0;
  for (let retry = 0; ; retry += 1) {
    const result = await requestOnce(url, headers, options);
    requests += result.requests;
    if (result.kind !== 'failed') {
      return { ...result, requests };
    }
    const { retryable, retryAfterMs, ...failed } = result;
    if (!retryable || retry >= options.retries || options.signal?.aborted === true) {
      return { ...failed, requests };
    }
    const backoff = options.retryDelayMs * 2 ** retry;
    try {
      await sleep(Math.min(Math.max(backoff, retryAfterMs ?? 0), MAX_WAIT_MS), undefined, {
        signal: options.signal,
      });
    } catch {
      return { kind: 'failed', failure: syncFailure.interrupted(), httpStatus: null, bytes: null, requests };
    }
  }
}

/** One request (with its redirects): what it brought, or why it failed and whether to try again. */
async function requestOnce(
  url: string,
  headers: Record<string, string>,
  options: FetchOptions,
): Promise<Once> {
  const guard = guardRequest(options);
  const progress: Progress = { requests: 1, bytes: 0, response: undefined };
  try {
    const opened = await getFollowingRedirects(url, headers, {
      refuses: options.refuses,
      signal: guard.signal,
      onHeaders: guard.arm,
    });
    progress.requests = opened.requests;
    if (opened.kind === 'refused') {
      return { ...failed(opened.failure, null, null, false), requests: progress.requests };
    }
    progress.response = opened.response;
    return {
      ...(await receive(url, opened.response, options, progress, guard.arm)),
      requests: progress.requests,
    };
  } catch (error) {
    progress.response?.destroy();
    return { ...whyItFailed(url, error, options, progress, guard.stoppedBy()), requests: progress.requests };
  } finally {
    guard.dispose();
  }
}

/** What a request has done so far, for the report of its failure. */
interface Progress {
  requests: number;
  bytes: number;
  response: IncomingMessage | undefined;
}

type Received = Exclude<Once, { kind: 'failed' }> | Omit<Extract<Once, { kind: 'failed' }>, 'requests'>;

/** Reads an answer that is not a redirect: a 304, an HTTP error, or the file (checked, into a private folder). */
async function receive(
  url: string,
  response: IncomingMessage,
  options: FetchOptions,
  progress: Progress,
  onChunk: () => void,
): Promise<Received> {
  const status = response.statusCode ?? 0;
  if (status === 304) {
    response.resume();
    return { kind: 'not_modified', httpStatus: 304, requests: progress.requests };
  }
  if (status < 200 || status > 299) {
    response.resume();
    const retryAfter = retryAfterMs(response.headers['retry-after']);
    const retryable = status >= 500 || status === 429;
    return {
      ...failed(syncFailure.httpError(url, status), status, null, retryable),
      retryAfterMs: retryAfter,
    };
  }
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = ['', 'identity'].includes(encoding) ? undefined : DECODERS[encoding];
  if (decoder === undefined && !['', 'identity'].includes(encoding)) {
    response.destroy();
    return failed(syncFailure.unsupportedEncoding(url, encoding), status, null, false);
  }
  // Compressed bodies are counted after decompression, so their Content-Length says nothing about them.
  const declared = decoder === undefined ? contentLength(response.headers['content-length']) : null;
  if ((declared ?? 0) > options.limitBytes) {
    response.destroy();
    return failed(syncFailure.tooLarge(url, options.limitBytes), status, null, false);
  }
  const file = path.join(await createDownloadDir(), 'download.xml');
  // pipeline passes the response's errors (a closed connection) on to the decompressor being read.
  const body: Readable = decoder === undefined ? response : pipeline(response, decoder(), () => undefined);
  const sha256 = await streamToFile(body, file, options.limitBytes, progress, onChunk).catch(
    async (error: unknown) => {
      await removeDownload(file);
      throw error;
    },
  );
  if (sha256 === undefined || (declared !== null && progress.bytes !== declared)) {
    response.destroy();
    await removeDownload(file);
    return sha256 === undefined
      ? failed(syncFailure.tooLarge(url, options.limitBytes), status, null, false)
      : truncated(url, status, progress.bytes, declared);
  }
  const validators = { etag: header(response, 'etag'), lastModified: header(response, 'last-modified') };
  return {
    kind: 'file',
    path: file,
    sha256,
    bytes: progress.bytes,
    httpStatus: status,
    requests: 1,
    validators,
  };
}

/** Why a request that threw failed: which clock stopped it, an interruption, a cut-off body, or the network. */
function whyItFailed(
  url: string,
  error: unknown,
  options: FetchOptions,
  progress: Progress,
  stoppedBy: Stop | undefined,
): Omit<Extract<Once, { kind: 'failed' }>, 'requests'> {
  const status = progress.response?.statusCode ?? null;
  if (stoppedBy === 'deadline') {
    return failed(syncFailure.deadline(url, options.deadlineMs), status, progress.bytes, false);
  }
  if (stoppedBy === 'inactivity') {
    return failed(syncFailure.timeout(url, options.timeoutMs), status, progress.bytes, true);
  }
  if (options.signal?.aborted === true) {
    return failed(syncFailure.interrupted(), status, progress.bytes, false);
  }
  if (progress.response !== undefined) {
    // The headers came, then the connection closed before the body ended.
    const declared = contentLength(progress.response.headers['content-length']);
    return truncated(url, status ?? 0, progress.bytes, declared);
  }
  return failed(syncFailure.network(url, networkReason(error)), null, null, true);
}

const failed = (
  failure: SyncFailure,
  httpStatus: number | null,
  bytes: number | null,
  retryable: boolean,
): Omit<Extract<Once, { kind: 'failed' }>, 'requests'> => ({
  kind: 'failed',
  failure,
  httpStatus,
  bytes,
  retryable,
});

const truncated = (url: string, status: number, bytes: number, declared: number | null) =>
  failed(syncFailure.truncated(url, bytes, declared), status, bytes, true);

function header(response: IncomingMessage, name: string): string | null {
  const value = response.headers[name];
  return typeof value === 'string' ? value : null;
}

function contentLength(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

/** Retry-After in seconds (an HTTP date is rare from file servers and is treated as absent). */
function retryAfterMs(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) * 1000 : undefined;
}

/** The low-level reason of a network failure (`ECONNREFUSED`, `ENOTFOUND`…), without a stack. */
function networkReason(error: unknown): string {
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: { code?: unknown } };
  if (typeof code === 'string') {
    return code;
  }
  if (typeof cause?.code === 'string') {
    return cause.code;
  }
  return typeof message === 'string' ? message : String(error);
}
