import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_DIALECTS } from '../../../test/db';
import { makeOrganisation, makeUser, tokenFor } from '../../../test/identity';
import { activityInput } from '../../../test/portfolio';

describe.each(TEST_DIALECTS)('activities over HTTP on %s', (dialect) => {
  let test: TestApp;
  let auth: { authorization: string };
  let orgId: string;
  beforeAll(async () => {
    test = await createTestApp(dialect);
    const home = await makeOrganisation(test.db, { countryCode: 'US' });
    orgId = home.id;
    const officer = await makeUser(test.db, { organisationId: home.id, role: 'donor_officer' });
    auth = { authorization: `Bearer ${await tokenFor(test.db, officer.id)}` };
  });
  afterAll(async () => {
    await test.close();
  });

  it('creates an activity, reads it with an ETag, and refuses a stale or missing If-Match before the body', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: auth,
      payload: activityInput(orgId),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: string }>();
    const read = await test.app.inject({ url: `/api/v1/activities/${id}`, headers: auth });
    expect(read.headers.etag).toBe('"1"');
    expect(read.json()).toMatchObject({
      attributions: [
        { framework: 'carsi', element: '1', percentage: 60 },
        { framework: 'carsi', element: '4', percentage: 40 },
      ],
      workflow: { state: 'draft' },
    });
    const patch = (ifMatch: string | undefined, payload: unknown) =>
      test.app.inject({
        method: 'PATCH',
        url: `/api/v1/activities/${id}`,
        headers: { ...auth, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
        payload: payload as object,
      });
    expect((await patch(undefined, { status: '3' })).json()).toMatchObject({
      status: 428,
      code: 'precondition_required',
    });
    expect((await patch('"1"', { title: { es: 'Nuevo', en: 'New' } })).statusCode).toBe(200);
    // Stale: 412 even though the body is invalid — the version is checked before the body.
    expect((await patch('"1"', { status: 'not a status' })).json()).toMatchObject({
      status: 412,
      code: 'precondition_failed',
    });
  });

  it('says which percentages do not add up, in the caller’s language', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: { ...auth, 'accept-language': 'es' },
      payload: activityInput(orgId, {
        attributions: [
          { framework: 'carsi', element: '1', percentage: 50 },
          { framework: 'carsi', element: '2', percentage: 30 },
        ],
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [
        {
          path: 'body.attributions',
          code: 'percentages_sum',
          message: expect.stringContaining('suman 80 %'),
        },
      ],
    });
  });

  it('refuses a money value that is not a decimal string, in Spanish, naming the field', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: auth,
      payload: activityInput(orgId),
    });
    const { id } = created.json<{ id: string }>();
    const response = await test.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${id}/transactions`,
      headers: { ...auth, 'accept-language': 'es' },
      payload: { type: '3', value: '12,5', valueDate: '2020-02-30' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: expect.arrayContaining([
        expect.objectContaining({
          path: 'body.value',
          message: expect.stringContaining('debe ser un número decimal'),
        }),
        expect.objectContaining({ path: 'body.valueDate' }),
      ]),
    });
  });

  it('exports the list’s selection as CSV (headers in the caller’s language) and as XLSX', async () => {
    const title = { es: `Exportación ${Date.now()}`, en: `Export ${Date.now()}` };
    await test.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: auth,
      payload: activityInput(orgId, { title }),
    });
    const csv = await test.app.inject({
      url: `/api/v1/activities/export?q=${encodeURIComponent(title.es)}&format=csv&lang=es`,
      headers: auth,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toContain('identificador IATI');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(title.es);
    const xlsx = await test.app.inject({
      url: `/api/v1/activities/export?q=${encodeURIComponent(title.en)}&format=xlsx&lang=en`,
      headers: auth,
    });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('names the locked fiscal year when a change falls in it (409 period_locked)', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: auth,
      payload: activityInput(orgId),
    });
    const { id } = created.json<{ id: string }>();
    const lock = await test.app.inject({
      method: 'PUT',
      url: '/api/v1/period-locks',
      headers: auth,
      payload: { organisationId: orgId, fiscalYear: 2018 },
    });
    expect(lock.statusCode).toBe(204);
    const refused = await test.app.inject({
      method: 'POST',
      url: `/api/v1/activities/${id}/transactions`,
      headers: { ...auth, 'accept-language': 'es' },
      payload: { type: '3', value: '10', valueDate: '2018-05-05' },
    });
    expect(refused.json()).toMatchObject({ status: 409, code: 'period_locked', fiscalYear: 2018 });
    expect(refused.json<{ title: string }>().title).toMatch(/año fiscal está cerrado/);
  });
});
