import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeFunding } from '@/modules/funding';
import type { ServiceContext } from '@/platform/context';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../../test/db';
import { groundTruth } from '../../../../test/iati-fixtures';
import { IatiSourceServer } from '../../../../test/iati-source-server';
import { getSource } from './get-source';
import { registerSource } from './register-source';
import { startSourceSync, syncSource } from './sync-source';
import type { SyncSettings } from './sync-settings';

const truth = (file: string) => groundTruth('real_stats').find((line) => line.file === file);

describe.each(TEST_DIALECTS)('syncing IATI sources from a real HTTP server on %s', (dialect) => {
  let db: TestDb;
  let server: IatiSourceServer;
  let ctx: ServiceContext;
  let settings: SyncSettings;

  /** What users would notice changing: records, money, imports and the audit trail. */
  async function snapshot() {
    const count = async (
      table:
        'activity' | 'funding_transaction' | 'budget' | 'import_job' | 'audit_event' | 'iati_source_file',
    ) =>
      Number(
        (
          await db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const summary = await summarizeFunding({ ctx, input: { groupBy: 'currency', raw: 'true' } });
    return {
      activities: await count('activity'),
      transactions: await count('funding_transaction'),
      budgets: await count('budget'),
      jobs: await count('import_job'),
      audit: await count('audit_event'),
      files: await count('iati_source_file'),
      sums: Object.fromEntries(summary.rows.map((row) => [String(row.currency), String(row.amount)])),
    };
  }

  /** Activities whose last imported version came from a file. */
  async function activitiesFrom(sourceFileId: string | null): Promise<number> {
    const row = await db.kysely
      .selectFrom('activity_source')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('source_file_id', '=', sourceFileId ?? '')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function register(
    name: string,
    kind: 'file_url' | 'registry_publisher' | 'datastore_query',
    location: string,
  ) {
    return registerSource({
      ctx,
      input: { name, kind, location, publisher: 'USAID (test)', licence: 'CC0 1.0', intervalHours: 24 },
      settings,
    });
  }

  const sync = (id: string) => syncSource({ ctx, input: { id }, options: { settings } });

  /** The audit actions recorded after the first `seen` entries. */
  async function auditSince(seen: number): Promise<string[]> {
    const rows = await db.kysely.selectFrom('audit_event').select('action').orderBy('seq').execute();
    return rows.slice(seen).map((row) => row.action);
  }

  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
    server = await IatiSourceServer.start();
    // A clock that moves, so attempts and files are ordered as they happened.
    ctx = testContext(db, { now: () => new Date() });
    settings = server.syncSettings({ datastoreKey: 'datastore-test-key' });
  });
  afterAll(async () => {
    await server.close();
    await db.destroy();
  });

  describe('a file URL', () => {
    let sourceId: string;
    let url: string;
    let firstFileId: string | null;

    it('imports the file on the first sync: the activities stored are the file’s', async () => {
      url = server.serveFixture('real/usaid-2025/usaid-pa.xml');
      sourceId = (await register('usaid-panama', 'file_url', url)).id;
      const run = await sync(sourceId);
      expect(run).toMatchObject({ outcome: 'imported', error: null });
      expect(run.urls).toEqual([
        expect.objectContaining({ url, outcome: 'imported', httpStatus: 200, requests: 1, bytes: 180436 }),
      ]);
      firstFileId = run.urls[0]?.sourceFileId ?? null;
      expect(await activitiesFrom(firstFileId)).toBe(truth('real/usaid-2025/usaid-pa.xml')?.activities);
      const source = await getSource({ ctx, input: { id: sourceId } });
      expect(source).toMatchObject({ status: 'ok', lastError: null, fileCount: 1 });
      expect(source.lastSuccessAt).not.toBeNull();
      expect(source.resources).toEqual([
        expect.objectContaining({ url, etag: expect.stringMatching(/^"/), sha256: expect.any(String) }),
      ]);
      expect(source.files).toEqual([
        expect.objectContaining({
          id: firstFileId,
          sourceId,
          sourceUrl: url,
          publisher: 'USAID (test)',
          licence: 'CC0 1.0',
          lastJobId: run.urls[0]?.jobId,
        }),
      ]);
      // The run is one attempt with no URL, summing up its URLs' attempts.
      expect(source.attempts.map((attempt) => [attempt.url, attempt.outcome])).toEqual([
        [url, 'imported'],
        [null, 'imported'],
      ]);
    });

    it('asks again with the validators and imports nothing on a 304: no job, no audit entry', async () => {
      const before = await snapshot();
      const run = await sync(sourceId);
      expect(run.outcome).toBe('not_modified');
      expect(run.urls[0]).toMatchObject({ outcome: 'not_modified', httpStatus: 304, jobId: null });
      const asked = server.requestsTo('usaid-pa.xml').at(-1);
      expect(asked?.ifNoneMatch).toMatch(/^"/);
      expect(asked?.ifModifiedSince).toMatch(/GMT$/);
      expect(await snapshot()).toEqual(before);
    });

    it('finds the same bytes under a new ETag unchanged (SHA-256): no import job', async () => {
      server.setFile('usaid-pa.xml', server.fileBody('usaid-pa.xml'), '"renamed-etag"');
      const before = await snapshot();
      const run = await sync(sourceId);
      expect(run.urls[0]).toMatchObject({ outcome: 'unchanged', httpStatus: 200, jobId: null });
      expect(await snapshot()).toEqual(before);
      const source = await getSource({ ctx, input: { id: sourceId } });
      expect(source.resources[0]?.etag).toBe('"renamed-etag"');
    });

    it('re-imports a changed file: the money changes by what the publisher changed', async () => {
      const before = await snapshot();
      const changed = server
        .fileBody('usaid-pa.xml')
        .toString('utf8')
        .replace(
          '<value value-date="2019-09-30">19409.00</value>',
          '<value value-date="2019-09-30">19509.00</value>',
        );
      server.setFile('usaid-pa.xml', Buffer.from(changed));
      const run = await sync(sourceId);
      expect(run.urls[0]).toMatchObject({ outcome: 'imported', httpStatus: 200 });
      expect(run.urls[0]?.sourceFileId).not.toBe(firstFileId);
      const after = await snapshot();
      expect(after.jobs).toBe(before.jobs + 1);
      expect(after.activities).toBe(before.activities);
      expect(Number(after.sums.USD) - Number(before.sums.USD)).toBeCloseTo(100, 6);
      expect(await activitiesFrom(run.urls[0]?.sourceFileId ?? null)).toBe(1);
      expect((await getSource({ ctx, input: { id: sourceId } })).fileCount).toBe(2);
    });

    it.each([
      ['a 500 forever', { kind: 'status', status: 500 } as const, 'sync_http_error', 3],
      ['a 429 forever', { kind: 'status', status: 429 } as const, 'sync_http_error', 3],
      ['a body that stalls', { kind: 'stall' } as const, 'sync_timeout', 3],
      ['a body cut short of its Content-Length', { kind: 'truncate' } as const, 'sync_truncated', 3],
      ['a body declared over the limit', { kind: 'oversize', declare: true } as const, 'sync_too_large', 1],
      ['a body streaming past the limit', { kind: 'oversize', declare: false } as const, 'sync_too_large', 1],
    ])(
      'keeps the last good data exactly on %s, and says so in es and en',
      async (_case, how, code, requests) => {
        // A new version is published, so the client fetches rather than getting a 304…
        server.setFile('usaid-pa.xml', Buffer.concat([server.fileBody('usaid-pa.xml'), Buffer.from('\n')]));
        server.misbehave('usaid-pa.xml', how);
        const before = await snapshot();
        const run = await sync(sourceId);
        server.misbehave('usaid-pa.xml', null);
        expect(run.outcome).toBe('failed');
        expect(run.urls[0]).toMatchObject({ outcome: 'failed', requests, jobId: null, error: { code } });
        // Nothing imported, nothing half-imported: only the source's change of status is audited.
        const after = await snapshot();
        expect({ ...after, audit: before.audit }).toEqual(before);
        expect(await auditSince(before.audit)).toEqual(_case === 'a 500 forever' ? ['iati.source.sync'] : []);
        const source = await getSource({ ctx, input: { id: sourceId } });
        expect(source.status).toBe('failed');
        expect(source.lastError).toEqual({
          code,
          es: expect.stringContaining(url),
          en: expect.stringContaining(url),
        });
        expect(source.lastError?.es).not.toBe(source.lastError?.en);
        expect(source.attempts[0]).toMatchObject({
          url,
          outcome: 'failed',
          attempts: requests,
          error: { code },
        });
      },
    );

    it('clears the failure on the next good sync', async () => {
      const run = await sync(sourceId);
      expect(run.outcome).toBe('imported');
      const source = await getSource({ ctx, input: { id: sourceId } });
      expect(source).toMatchObject({ status: 'ok', lastError: null });
    });

    it('records a file the import refuses as refused: nothing of it kept, the validators not moved', async () => {
      const before = await snapshot();
      const resourceBefore = (await getSource({ ctx, input: { id: sourceId } })).resources[0];
      const good = server.fileBody('usaid-pa.xml');
      // A changed value, then well-formed up to the last activity and broken after it: the import has written
      // the change when it refuses the file, and must leave nothing of it.
      const broken = good
        .toString('utf8')
        .replace('>19509.00</value>', '>99999.00</value>')
        .replace('</iati-activities>', '<oops');
      expect(broken).toContain('99999.00');
      server.setFile('usaid-pa.xml', Buffer.from(broken));
      const run = await sync(sourceId);
      expect(run.outcome).toBe('refused');
      expect(run.urls[0]).toMatchObject({ outcome: 'refused', error: { code: 'sync_refused' } });
      expect(run.urls[0]?.error?.en).toMatch(/not well-formed/);
      const after = await snapshot();
      expect({ ...after, jobs: before.jobs, audit: before.audit }).toEqual(before);
      expect(after.jobs).toBe(before.jobs + 1);
      expect(await auditSince(before.audit)).toEqual(['iati.source.sync']);
      const source = await getSource({ ctx, input: { id: sourceId } });
      expect(source).toMatchObject({ status: 'failed', lastError: { code: 'sync_refused' } });
      expect(source.resources[0]).toEqual(resourceBefore);
      server.setFile('usaid-pa.xml', good);
    });

    it('retries 5xx and 429 with backoff and imports when the server recovers', async () => {
      const nicaragua = server.serveFixture('real/us-state-2024/state-nicaragua.xml');
      const flaky = (await register('state-nicaragua', 'file_url', nicaragua)).id;
      server.misbehave('state-nicaragua.xml', { kind: 'status', status: 503, times: 2 });
      const run = await sync(flaky);
      expect(run.urls[0]).toMatchObject({ outcome: 'imported', requests: 3, httpStatus: 200 });
      expect(await activitiesFrom(run.urls[0]?.sourceFileId ?? null)).toBe(
        truth('real/us-state-2024/state-nicaragua.xml')?.activities,
      );
      server.setFile(
        'state-nicaragua.xml',
        Buffer.concat([server.fileBody('state-nicaragua.xml'), Buffer.from(' ')]),
      );
      server.misbehave('state-nicaragua.xml', { kind: 'status', status: 429, times: 1 });
      expect((await sync(flaky)).urls[0]).toMatchObject({ outcome: 'imported', requests: 2 });
    });

    it('never runs two syncs of one source at once', async () => {
      server.setFile('usaid-pa.xml', Buffer.concat([server.fileBody('usaid-pa.xml'), Buffer.from('  ')]));
      server.misbehave('usaid-pa.xml', { kind: 'stall' });
      const first = await startSourceSync({ ctx, input: { id: sourceId }, options: { settings } });
      await expect(
        startSourceSync({ ctx, input: { id: sourceId }, options: { settings } }),
      ).rejects.toMatchObject({
        code: 'iati_sync_running',
      });
      expect((await first.done).outcome).toBe('failed');
      server.misbehave('usaid-pa.xml', null);
      expect((await sync(sourceId)).outcome).toBe('imported');
    });
  });

  it('reads a Registry publisher’s activity files (not its organisation file) and imports each', async () => {
    server.serveFixture('real/usaid-2025/usaid-cr.xml');
    server.serveFixture('real/pwyf-merger-dfid-2.03/dfid-ba.xml');
    server.registry.set('usaid-test', [
      ['usaid-cr.xml', 'activity'],
      ['usaid-org.xml', 'organisation'],
    ]);
    const source = await register('usaid-registry', 'registry_publisher', 'usaid-test');
    const run = await sync(source.id);
    expect(run.outcome).toBe('imported');
    expect(run.urls.map((url) => [url.url, url.outcome])).toEqual([
      [`${server.url}/files/usaid-cr.xml`, 'imported'],
    ]);
    expect(await activitiesFrom(run.urls[0]?.sourceFileId ?? null)).toBe(
      truth('real/usaid-2025/usaid-cr.xml')?.activities,
    );
    expect(server.requests.some((request) => request.path === '/files/usaid-org.xml')).toBe(false);
    expect((await sync(source.id)).urls[0]?.outcome).toBe('not_modified');

    server.registry.set('nobody', []);
    const empty = await register('nobody', 'registry_publisher', 'nobody');
    expect(await sync(empty.id)).toMatchObject({
      outcome: 'failed',
      error: { code: 'sync_no_files' },
      urls: [],
    });
  });

  it('fetches a Datastore query with the configured key', async () => {
    server.datastore.set('reporting_org_ref:GB-1', 'dfid-ba.xml');
    const source = await register('dfid-datastore', 'datastore_query', 'q=reporting_org_ref:GB-1&rows=1000');
    const run = await sync(source.id);
    expect(run.urls[0]).toMatchObject({ outcome: 'imported', httpStatus: 200 });
    expect(run.urls[0]?.url).toBe(`${server.url}/datastore?q=reporting_org_ref%3AGB-1&rows=1000`);
    expect(server.requests.filter((request) => request.path === '/datastore').at(-1)?.key).toBe(
      'datastore-test-key',
    );
    expect(await activitiesFrom(run.urls[0]?.sourceFileId ?? null)).toBe(
      truth('real/pwyf-merger-dfid-2.03/dfid-ba.xml')?.activities,
    );
  });

  it('says which address could not be reached', async () => {
    // A port nothing listens on: one the system just gave out and took back.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const source = await register('unreachable', 'file_url', `http://127.0.0.1:${port}/nothing.xml`);
    const run = await sync(source.id);
    expect(run).toMatchObject({ outcome: 'failed', error: { code: 'sync_network_error' } });
    expect(run.urls[0]?.requests).toBe(3);
    expect(run.error?.en).toContain('ECONNREFUSED');
  });

  it('refuses loopback and private destinations unless allowed: at registration and at every sync', async () => {
    const refusing = { ...settings, allowPrivateAddresses: false };
    for (const location of [
      `${server.url}/files/usaid-pa.xml`,
      'http://[::1]/file.xml',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.20.30.40/file.xml',
      `http://localhost:${new URL(server.url).port}/file.xml`,
    ]) {
      await expect(
        registerSource({
          ctx,
          input: { name: 'private', kind: 'file_url', location, publisher: 'P', licence: 'CC0 1.0' },
          settings: refusing,
        }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        details: { errors: [expect.objectContaining({ path: 'body.location', code: 'address_refused' })] },
      });
    }
    // Registered while allowed, then synced with the configuration that refuses them: no request is made.
    server.serveFixture('real/usaid-2025/usaid-cr.xml');
    const source = await register('loopback-file', 'file_url', `${server.url}/files/usaid-cr.xml`);
    const before = server.requests.length;
    const run = await syncSource({ ctx, input: { id: source.id }, options: { settings: refusing } });
    expect(run).toMatchObject({ outcome: 'failed', error: { code: 'sync_address_refused' } });
    expect(run.urls[0]).toMatchObject({ outcome: 'failed', requests: 0 });
    expect(run.error?.es).toContain('127.0.0.1');
    // A Registry (and so the dataset URLs it lists) on a private address is refused the same way.
    const registry = await register('private-registry', 'registry_publisher', 'usaid-test');
    const listed = await syncSource({ ctx, input: { id: registry.id }, options: { settings: refusing } });
    expect(listed).toMatchObject({ outcome: 'failed', error: { code: 'sync_address_refused' }, urls: [] });
    expect(server.requests.length).toBe(before);
  });

  it('sends a file URL’s user and password as Basic authentication and stores them nowhere else', async () => {
    server.serveFixture('real/us-state-2024/state-panama.xml');
    const plain = `${server.url}/files/state-panama.xml`;
    const location = plain.replace('http://', 'http://reader:s3cr3t-word@');
    const source = await register('with-credentials', 'file_url', location);
    const run = await sync(source.id);
    expect(run.urls[0]).toMatchObject({ url: plain, outcome: 'imported' });
    expect(server.requestsTo('state-panama.xml').at(-1)?.authorization).toBe(
      `Basic ${Buffer.from('reader:s3cr3t-word').toString('base64')}`,
    );
    server.setFile(
      'state-panama.xml',
      Buffer.concat([server.fileBody('state-panama.xml'), Buffer.from(' ')]),
    );
    server.misbehave('state-panama.xml', { kind: 'status', status: 500 });
    const failed = await sync(source.id);
    server.misbehave('state-panama.xml', null);
    expect(failed.error?.en).toContain(plain);
    const stored = JSON.stringify([
      await db.kysely
        .selectFrom('iati_sync_attempt')
        .selectAll()
        .where('source_id', '=', source.id)
        .execute(),
      await db.kysely
        .selectFrom('iati_source_resource')
        .selectAll()
        .where('source_id', '=', source.id)
        .execute(),
      await db.kysely.selectFrom('iati_source_file').selectAll().where('source_id', '=', source.id).execute(),
      await db.kysely.selectFrom('iati_source').select('last_error').where('id', '=', source.id).execute(),
      await db.kysely.selectFrom('import_job').select(['file_name', 'report', 'error']).execute(),
      await db.kysely.selectFrom('audit_event').select('details').execute(),
    ]);
    expect(stored).toContain(plain);
    expect(stored).not.toContain('s3cr3t');
  });
});
