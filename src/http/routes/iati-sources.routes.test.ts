import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_DIALECTS } from '../../../test/db';
import { IatiSourceServer } from '../../../test/iati-source-server';
import { makeOrganisation, makeUser, tokenFor } from '../../../test/identity';

interface Attempt {
  id: string;
  url: string | null;
  outcome: string;
  error: { code: string; es: string; en: string } | null;
}
interface Detail {
  id: string;
  status: string;
  version: number;
  fileCount: number;
  lastError: { code: string } | null;
  attempts: Attempt[];
  files: { id: string; sourceUrl: string | null; reconciliation: { status: string } | null }[];
}

describe.each(TEST_DIALECTS)('IATI sources over HTTP on %s', (dialect) => {
  let server: IatiSourceServer;
  let test: TestApp;
  let admin: { authorization: string };
  let officer: { authorization: string };
  let viewer: { authorization: string };

  const body = (overrides: Record<string, unknown> = {}) => ({
    name: 'usaid-panama',
    kind: 'file_url',
    location: server.serveFixture('real/usaid-2025/usaid-pa.xml'),
    publisher: 'USAID',
    licence: 'CC0 1.0',
    limitations: { es: 'Parcial.', en: 'Partial.' },
    intervalHours: null,
    ...overrides,
  });
  /** Follows a run as the screen does: polls the source until the attempt has ended. */
  async function finished(sourceId: string, attemptId: string): Promise<Detail> {
    for (let poll = 0; poll < 400; poll += 1) {
      const detail = (
        await test.app.inject({ url: `/api/v1/iati/sources/${sourceId}`, headers: officer })
      ).json<Detail>();
      if (detail.attempts.some((attempt) => attempt.id === attemptId && attempt.outcome !== 'running')) {
        return detail;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`attempt ${attemptId} did not end`);
  }

  beforeAll(async () => {
    server = await IatiSourceServer.start();
    test = await createTestApp(
      dialect,
      {
        CARSI_IATI_REGISTRY_URL: `${server.url}/registry`,
        CARSI_IATI_DATASTORE_URL: `${server.url}/datastore`,
        CARSI_SYNC_TIMEOUT_MS: '1500',
        CARSI_SYNC_RETRIES: '0',
        CARSI_SYNC_RETRY_DELAY_MS: '10',
        // The publishers here are on loopback.
        CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES: 'true',
      },
      () => new Date(),
    );
    const home = await makeOrganisation(test.db, { countryCode: 'US' });
    const scope = { organisationId: null, countryCode: null };
    const token = async (role: 'admin' | 'donor_officer' | 'viewer') =>
      `Bearer ${await tokenFor(test.db, (await makeUser(test.db, { organisationId: home.id, role, scope })).id)}`;
    admin = { authorization: await token('admin') };
    officer = { authorization: await token('donor_officer') };
    viewer = { authorization: await token('viewer') };
  });
  afterAll(async () => {
    await test.close();
    await server.close();
  });

  it('registers (201, Location, ETag), changes with If-Match (428, 412), and shows a source', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/v1/iati/sources',
      headers: admin,
      payload: body(),
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    expect(created.headers.location).toBe(`/api/v1/iati/sources/${id}`);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({
      status: 'never',
      fileCount: 0,
      reconciliationStatus: null,
      lastError: null,
    });

    const shown = await test.app.inject({ url: `/api/v1/iati/sources/${id}`, headers: officer });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers.etag).toBe('"1"');
    expect(shown.json()).toMatchObject({ resources: [], attempts: [], files: [] });

    const patch = (headers: Record<string, string>) =>
      test.app.inject({
        method: 'PATCH',
        url: `/api/v1/iati/sources/${id}`,
        headers: { ...admin, ...headers },
        payload: { intervalHours: 12 },
      });
    expect((await patch({})).json()).toMatchObject({ status: 428, code: 'precondition_required' });
    expect((await patch({ 'if-match': '"7"' })).json()).toMatchObject({
      status: 412,
      code: 'precondition_failed',
    });
    const changed = await patch({ 'if-match': '"1"' });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({ intervalHours: 12, version: 2 });

    const missing = await test.app.inject({ url: '/api/v1/iati/sources/nope', headers: officer });
    expect(missing.json()).toMatchObject({ status: 404, code: 'iati_source_not_found' });
  });

  it('answers bad input with 400 and field errors in the caller’s language', async () => {
    const post = (payload: object, language: string) =>
      test.app.inject({
        method: 'POST',
        url: '/api/v1/iati/sources',
        headers: { ...admin, 'accept-language': language },
        payload,
      });
    const spanish = await post(body({ name: 'Usaid Panamá', kind: 'ftp' }), 'es');
    expect(spanish.statusCode).toBe(400);
    const errors = spanish.json<{ errors: { path: string; message: string }[] }>().errors;
    expect(errors.map((error) => error.path).sort()).toEqual(['body.kind', 'body.name']);
    expect(errors.find((error) => error.path === 'body.name')?.message).toContain('minúsculas');
    const english = await post(
      body({ name: 'registry-x', kind: 'registry_publisher', location: 'US AID' }),
      'en',
    );
    expect(english.json()).toMatchObject({
      status: 400,
      errors: [{ path: 'body.location', message: expect.stringContaining('Registry id') }],
    });
    expect((await post({ ...body({ name: 'extra' }), colour: 'red' }, 'en')).statusCode).toBe(400);
    const duplicate = await post(body(), 'en');
    expect(duplicate.json()).toMatchObject({ status: 409, code: 'conflict' });
  });

  it('lets importers read sources and files, and only administrators change or sync them', async () => {
    expect((await test.app.inject({ url: '/api/v1/iati/sources', headers: officer })).statusCode).toBe(200);
    expect((await test.app.inject({ url: '/api/v1/iati/files', headers: officer })).statusCode).toBe(200);
    expect((await test.app.inject({ url: '/api/v1/iati/sources', headers: viewer })).statusCode).toBe(403);
    const refused = [
      { method: 'POST' as const, url: '/api/v1/iati/sources', payload: body({ name: 'by-officer' }) },
      {
        method: 'POST' as const,
        url: '/api/v1/iati/public-data',
        payload: { sources: ['usaid-central-america'] },
      },
    ];
    for (const request of refused) {
      expect((await test.app.inject({ ...request, headers: officer })).statusCode).toBe(403);
    }
    const { items } = (await test.app.inject({ url: '/api/v1/iati/sources', headers: officer })).json<{
      items: { id: string }[];
    }>();
    const sync = await test.app.inject({
      method: 'POST',
      url: `/api/v1/iati/sources/${items[0]?.id ?? ''}/sync`,
      headers: officer,
    });
    expect(sync.statusCode).toBe(403);
    expect((await test.app.inject({ url: '/api/v1/iati/files?limit=0', headers: officer })).statusCode).toBe(
      400,
    );
  });

  it('syncs in the background (202); the source shows the run, its status and the imported file', async () => {
    const { items } = (await test.app.inject({ url: '/api/v1/iati/sources', headers: admin })).json<{
      items: { id: string; name: string }[];
    }>();
    const id = items.find((item) => item.name === 'usaid-panama')?.id ?? '';
    const started = await test.app.inject({
      method: 'POST',
      url: `/api/v1/iati/sources/${id}/sync`,
      headers: admin,
    });
    expect(started.statusCode).toBe(202);
    const { attemptId } = started.json<{ attemptId: string }>();
    const detail = await finished(id, attemptId);
    expect(detail).toMatchObject({ status: 'ok', lastError: null, fileCount: 1 });
    expect(detail.attempts.find((attempt) => attempt.id === attemptId)).toMatchObject({
      url: null,
      outcome: 'imported',
    });
    expect(detail.files[0]?.reconciliation?.status).toEqual(expect.any(String));
    const files = (await test.app.inject({ url: '/api/v1/iati/files', headers: officer })).json<{
      items: { id: string; sourceId: string | null }[];
    }>();
    expect(files.items).toContainEqual(expect.objectContaining({ id: detail.files[0]?.id, sourceId: id }));

    // A failure is visible on the list the sources page shows, in both languages.
    server.setFile('usaid-pa.xml', Buffer.concat([server.fileBody('usaid-pa.xml'), Buffer.from('\n')]));
    server.misbehave('usaid-pa.xml', { kind: 'status', status: 502 });
    const failing = await test.app.inject({
      method: 'POST',
      url: `/api/v1/iati/sources/${id}/sync`,
      headers: admin,
    });
    const failed = await finished(id, failing.json<{ attemptId: string }>().attemptId);
    server.misbehave('usaid-pa.xml', null);
    expect(failed).toMatchObject({ status: 'failed', fileCount: 1, lastError: { code: 'sync_http_error' } });
    const list = (await test.app.inject({ url: '/api/v1/iati/sources', headers: officer })).json<{
      items: { id: string; status: string; lastError: { es: string; en: string } | null }[];
    }>();
    expect(list.items.find((item) => item.id === id)).toMatchObject({
      status: 'failed',
      lastError: { es: expect.stringContaining('HTTP 502'), en: expect.stringContaining('HTTP 502') },
    });
  });

  it('refuses a second sync of a source while one runs (409)', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/v1/iati/sources',
      headers: admin,
      payload: body({
        name: 'slow',
        location: server.serveFixture('real/us-state-2024/state-nicaragua.xml'),
      }),
    });
    const { id } = created.json<{ id: string }>();
    server.misbehave('state-nicaragua.xml', { kind: 'stall' });
    const first = await test.app.inject({
      method: 'POST',
      url: `/api/v1/iati/sources/${id}/sync`,
      headers: admin,
    });
    const second = await test.app.inject({
      method: 'POST',
      url: `/api/v1/iati/sources/${id}/sync`,
      headers: admin,
    });
    expect(second.json()).toMatchObject({ status: 409, code: 'iati_sync_running' });
    const { attemptId } = first.json<{ attemptId: string }>();
    const detail = await finished(id, attemptId);
    server.misbehave('state-nicaragua.xml', null);
    // The attempt beside the source's error, so a failure here says how the run ended.
    expect({
      lastError: detail.lastError?.code,
      attempt: detail.attempts.find((attempt) => attempt.id === attemptId),
    }).toMatchObject({
      lastError: 'sync_timeout',
      attempt: { outcome: 'failed', error: { code: 'sync_timeout' } },
    });
  });

  it('shows importers addresses without credentials or query values; administrators as registered', async () => {
    const plain = `${server.serveFixture('real/usaid-2025/usaid-cr.xml')}?token=abc123`;
    const location = plain.replace('http://', 'http://reader:s3cr3t@');
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/v1/iati/sources',
      headers: admin,
      payload: body({ name: 'with-token', location }),
    });
    const { id } = created.json<{ id: string }>();
    const sync = async () => {
      const started = await test.app.inject({
        method: 'POST',
        url: `/api/v1/iati/sources/${id}/sync`,
        headers: admin,
      });
      await finished(id, started.json<{ attemptId: string }>().attemptId);
    };
    await sync();
    server.setFile('usaid-cr.xml', Buffer.concat([server.fileBody('usaid-cr.xml'), Buffer.from('\n')]));
    server.misbehave('usaid-cr.xml', { kind: 'status', status: 503 });
    await sync();
    server.misbehave('usaid-cr.xml', null);

    const read = async (headers: { authorization: string }) =>
      JSON.stringify([
        (await test.app.inject({ url: `/api/v1/iati/sources/${id}`, headers })).json(),
        (await test.app.inject({ url: '/api/v1/iati/sources', headers })).json(),
        (await test.app.inject({ url: '/api/v1/iati/files', headers })).json(),
      ]);
    const shown = (await test.app.inject({ url: `/api/v1/iati/sources/${id}`, headers: officer })).json<
      Detail & { location: string; lastError: { en: string } }
    >();
    const redacted = plain.replace('token=abc123', 'token=…');
    expect(shown.location).toBe(redacted);
    expect(shown.lastError.en).toContain(redacted);
    expect(shown.files[0]?.sourceUrl).toBe(redacted);
    const officerSees = await read(officer);
    expect(officerSees).not.toMatch(/s3cr3t|abc123/);
    const adminSees = await read(admin);
    expect(adminSees).toContain(location);
    expect(adminSees).toContain(`${plain}; the data imported before is kept`);
    // The credentials are in the location the administrator registered, and nowhere else.
    expect(adminSees.split('s3cr3t')).toHaveLength(3);
  });

  it('refuses a loopback address at registration when private addresses are not allowed (400)', async () => {
    const strict = await createTestApp(dialect);
    try {
      const home = await makeOrganisation(strict.db, { countryCode: 'US' });
      const user = await makeUser(strict.db, {
        organisationId: home.id,
        role: 'admin',
        scope: { organisationId: null, countryCode: null },
      });
      const refused = await strict.app.inject({
        method: 'POST',
        url: '/api/v1/iati/sources',
        headers: { authorization: `Bearer ${await tokenFor(strict.db, user.id)}`, 'accept-language': 'es' },
        payload: body({ name: 'metadata', location: 'http://169.254.169.254/latest/meta-data/' }),
      });
      expect(refused.json()).toMatchObject({
        status: 400,
        errors: [
          { path: 'body.location', message: expect.stringContaining('169.254.169.254 es 169.254.169.254') },
        ],
      });
    } finally {
      await strict.close();
    }
  });

  it('loads the named shipped sources in the background (202) and refuses an empty request', async () => {
    const post = (payload: object) =>
      test.app.inject({ method: 'POST', url: '/api/v1/iati/public-data', headers: admin, payload });
    expect((await post({})).statusCode).toBe(400);
    expect((await post({ sources: ['nowhere'] })).json()).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ path: 'body.sources' })],
    });
    const started = await post({ sources: ['usaid-central-america'] });
    expect(started.statusCode).toBe(202);
    const [item] = started.json<{ items: { sourceId: string; name: string; attemptId: string }[] }>().items;
    expect(item?.name).toBe('usaid-central-america');
    const detail = await finished(item?.sourceId ?? '', item?.attemptId ?? '');
    expect(detail).toMatchObject({ status: 'ok', fileCount: 3 });
    expect(detail.files.map((file) => file.sourceUrl)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/usaid-ni\.xml$/)]),
    );
  });
});
