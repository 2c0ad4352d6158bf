import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import type { SyncSettings } from '@/modules/iati';
import { REFERENCE_DIR } from '@/platform/paths';
import { IATI_FIXTURES } from './iati-fixtures';

/** How a file's URL misbehaves, set by a test: each is a failure a real publisher's server has. */
export type Misbehaviour =
  | { kind: 'status'; status: number; times?: number }
  | { kind: 'stall' }
  | { kind: 'truncate' }
  | { kind: 'oversize'; declare: boolean }
  /** The headers, then one byte every `everyMs`, never ending: no inactivity timeout ever fires. */
  | { kind: 'trickle'; everyMs: number }
  /** The body gzip-compressed (Content-Encoding: gzip), or its first half only when `cut`. */
  | { kind: 'gzip'; cut?: boolean }
  /** A redirect (302 unless `status` says otherwise) to `to`, whether or not the file exists. */
  | { kind: 'redirect'; to: string; status?: number };

interface Served {
  body: Buffer;
  etag: string;
  lastModified: string;
}

/**
 * A real HTTP server on 127.0.0.1 (a random port) standing in for publishers, the IATI Registry and the
 * Datastore: `/files/<name>` serves a file with ETag and Last-Modified and answers 304 to a matching
 * conditional request; a test can change a file or make its URL fail (5xx or 429 some times or forever, a
 * body that stalls, a body that trickles forever, a body cut short of its Content-Length, a body over the
 * limit) or redirect elsewhere. `/registry/package_search` answers like the Registry's CKAN API and
 * `/datastore` like the Datastore. Unknown paths are 404. Requests record the Host asked for, the Datastore
 * key and any Authorization.
 */
export class IatiSourceServer {
  readonly url: string;
  /** Requests per path (query left out), with the host asked for and the headers that matter to the sync. */
  readonly requests: {
    path: string;
    host?: string;
    ifNoneMatch?: string;
    ifModifiedSince?: string;
    key?: string;
    authorization?: string;
  }[] = [];
  private readonly files = new Map<string, Served>();
  private readonly misbehaving = new Map<string, Misbehaviour>();
  private readonly failed = new Map<string, number>();
  /** What `/registry/package_search` lists: per publisher, `[file name, filetype]`. */
  readonly registry = new Map<string, [string, 'activity' | 'organisation'][]>();
  /** What `/datastore` answers: per `q`, the name of the file served. */
  readonly datastore = new Map<string, string>();

  private constructor(
    private readonly server: http.Server,
    port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async start(): Promise<IatiSourceServer> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const instance = new IatiSourceServer(server, (server.address() as AddressInfo).port);
    server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) =>
      instance.handle(request, response),
    );
    return instance;
  }

  /**
   * Sync settings that fetch from this server: its Registry and Datastore, loopback allowed (as
   * CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES=true does), a 4 MiB limit, short timeouts and waits.
   */
  syncSettings(overrides: Partial<SyncSettings> = {}): SyncSettings {
    return {
      referenceDir: REFERENCE_DIR,
      registryUrl: `${this.url}/registry`,
      datastoreUrl: `${this.url}/datastore`,
      datastoreKey: undefined,
      limitBytes: 4 * 1024 * 1024,
      timeoutMs: 400,
      deadlineMs: 10_000,
      retries: 2,
      retryDelayMs: 5,
      allowPrivateAddresses: true,
      heartbeatMs: 50,
      ...overrides,
    };
  }

  /** Serves a fixture file (`real/usaid-2025/usaid-pa.xml`) under its base name. */
  serveFixture(fixture: string): string {
    const name = path.basename(fixture);
    this.setFile(name, fs.readFileSync(path.join(IATI_FIXTURES, fixture)));
    return `${this.url}/files/${name}`;
  }

  /** Publishes new bytes under a name (a new ETag and Last-Modified, as a publisher's server would). */
  setFile(name: string, body: Buffer, etag?: string): void {
    const version = (this.files.size + this.requests.length + Date.now()) % 100_000;
    this.files.set(name, {
      body,
      etag: etag ?? `"${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}-${version}"`,
      lastModified: new Date(Date.UTC(2025, 0, 1) + version * 1000).toUTCString(),
    });
  }

  fileBody(name: string): Buffer {
    const served = this.files.get(name);
    if (served === undefined) {
      throw new Error(`not served: ${name}`);
    }
    return served.body;
  }

  misbehave(name: string, how: Misbehaviour | null): void {
    this.failed.delete(name);
    if (how === null) {
      this.misbehaving.delete(name);
    } else {
      this.misbehaving.set(name, how);
    }
  }

  requestsTo(name: string) {
    return this.requests.filter((request) => request.path === `/files/${name}`);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', this.url);
    this.requests.push({
      path: url.pathname,
      host: request.headers.host,
      authorization: request.headers.authorization,
      ifNoneMatch: request.headers['if-none-match'],
      ifModifiedSince: request.headers['if-modified-since'],
      key: request.headers['ocp-apim-subscription-key'] as string | undefined,
    });
    if (url.pathname === '/registry/package_search') {
      this.packageSearch(url, response);
      return;
    }
    if (url.pathname === '/datastore') {
      this.serveFile(this.datastore.get(url.searchParams.get('q') ?? '') ?? '', request, response);
      return;
    }
    if (url.pathname.startsWith('/files/')) {
      this.serveFile(decodeURIComponent(url.pathname.slice('/files/'.length)), request, response);
      return;
    }
    response.writeHead(404).end();
  }

  private serveFile(name: string, request: http.IncomingMessage, response: http.ServerResponse): void {
    const how = this.misbehaving.get(name);
    if (how?.kind === 'redirect') {
      response.writeHead(how.status ?? 302, { location: how.to }).end();
      return;
    }
    const served = this.files.get(name);
    if (served === undefined) {
      response.writeHead(404).end();
      return;
    }
    if (how !== undefined && this.misbehaves(name, how, served, response)) {
      return;
    }
    const headers = { etag: served.etag, 'last-modified': served.lastModified };
    if (request.headers['if-none-match'] === served.etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': 'application/xml',
      'content-length': served.body.length,
    });
    response.end(served.body);
  }

  /** Misbehaves as asked; false once a limited failure has happened its number of times. */
  private misbehaves(
    name: string,
    how: Misbehaviour,
    served: Served,
    response: http.ServerResponse,
  ): boolean {
    switch (how.kind) {
      case 'status': {
        const count = this.failed.get(name) ?? 0;
        if (how.times !== undefined && count >= how.times) {
          return false;
        }
        this.failed.set(name, count + 1);
        response.writeHead(how.status, how.status === 429 ? { 'retry-after': '0' } : {}).end('failure');
        return true;
      }
      case 'stall':
        // Headers and the first bytes, then nothing: the connection stays open until the client gives up.
        response.writeHead(200, { 'content-type': 'application/xml', 'content-length': served.body.length });
        response.write(served.body.subarray(0, 1024));
        return true;
      case 'truncate':
        response.writeHead(200, { 'content-type': 'application/xml', 'content-length': served.body.length });
        response.write(served.body.subarray(0, Math.floor(served.body.length / 2)), () =>
          response.socket?.destroy(),
        );
        return true;
      case 'trickle': {
        response.writeHead(200, { 'content-type': 'application/xml', 'content-length': served.body.length });
        let sent = 0;
        const timer = setInterval(() => {
          response.write(served.body.subarray(sent, sent + 1));
          sent = (sent + 1) % served.body.length;
        }, how.everyMs);
        response.on('close', () => clearInterval(timer));
        return true;
      }
      case 'gzip': {
        const gzipped = zlib.gzipSync(served.body);
        response.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' });
        response.end(how.cut === true ? gzipped.subarray(0, Math.floor(gzipped.length / 2)) : gzipped);
        return true;
      }
      case 'redirect':
        return false;
      case 'oversize': {
        const size = 8 * 1024 * 1024;
        response.writeHead(200, {
          'content-type': 'application/xml',
          ...(how.declare ? { 'content-length': size } : {}),
        });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < size) {
            sent += chunk.length;
            if (!response.write(chunk)) {
              response.once('drain', pump);
              return;
            }
          }
          response.end();
        };
        response.on('error', () => undefined);
        pump();
        return true;
      }
    }
  }

  /** A CKAN `package_search` page: `fq=organization:<publisher>`, paged by `start` and `rows`. */
  private packageSearch(url: URL, response: http.ServerResponse): void {
    const publisher = /organization:(\S+)/.exec(url.searchParams.get('fq') ?? '')?.[1] ?? '';
    const all = (this.registry.get(publisher) ?? []).map(([file, filetype]) => ({
      name: `${publisher}-${file.replace(/\.xml$/, '')}`,
      resources: [{ url: `${this.url}/files/${file}`, format: 'IATI-XML' }],
      extras: [{ key: 'filetype', value: filetype }],
    }));
    const start = Number(url.searchParams.get('start') ?? 0);
    const rows = Number(url.searchParams.get('rows') ?? 10);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        help: 'package_search',
        success: true,
        result: { count: all.length, results: all.slice(start, start + rows) },
      }),
    );
  }
}
