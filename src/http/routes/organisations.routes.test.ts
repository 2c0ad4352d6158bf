import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_DIALECTS } from '../../../test/db';
import { makeOrganisation, makeUser, tokenFor } from '../../../test/identity';

describe.each(TEST_DIALECTS)('organisations and users over HTTP on %s', (dialect) => {
  let test: TestApp;
  let auth: { authorization: string };
  beforeAll(async () => {
    test = await createTestApp(dialect);
    const home = await makeOrganisation(test.db);
    const admin = await makeUser(test.db, {
      organisationId: home.id,
      role: 'admin',
      scope: { organisationId: null, countryCode: null },
    });
    auth = { authorization: `Bearer ${await tokenFor(test.db, admin.id)}` };
  });
  afterAll(async () => {
    await test.close();
  });

  it('creates an organisation, then updates it only with the current ETag (412 when stale, 428 without)', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: auth,
      payload: {
        name: { es: 'Ministerio de Seguridad', en: 'Ministry of Security' },
        type: '10',
        countryCode: 'gt',
        iatiIdentifier: 'GT-MS-1',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const { id } = created.json<{ id: string }>();
    expect(created.json()).toMatchObject({ countryCode: 'GT', version: 1 });

    const patch = (ifMatch: string | undefined, name: string) =>
      test.app.inject({
        method: 'PATCH',
        url: `/api/v1/organisations/${id}`,
        headers: { ...auth, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
        payload: { name: { es: name, en: name } },
      });
    expect((await patch(undefined, 'x')).json()).toMatchObject({
      status: 428,
      code: 'precondition_required',
    });
    const first = await patch('"1"', 'Ministerio de Gobernación');
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await patch('"1"', 'Lost update');
    expect(stale.json()).toMatchObject({ status: 412, code: 'precondition_failed' });
    const now = await test.app.inject({ url: `/api/v1/organisations/${id}`, headers: auth });
    // Fields not sent keep their values.
    expect(now.json()).toMatchObject({
      name: { es: 'Ministerio de Gobernación' },
      countryCode: 'GT',
      iatiIdentifier: 'GT-MS-1',
      type: '10',
      version: 2,
    });

    const history = await test.db.kysely
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(history.map((entry) => entry.action)).toEqual(['organisation.create', 'organisation.update']);
    expect(JSON.parse(history[1]?.details ?? '{}')).toMatchObject({
      changedFields: expect.arrayContaining(['name_es', 'name_en', 'version']),
    });
  });

  it('refuses a duplicate IATI identifier (409) and unknown codes (400 naming the field)', async () => {
    const body = { name: { es: 'A', en: 'A' }, type: '21', iatiIdentifier: 'XM-DAC-99' };
    expect(
      (await test.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: auth, payload: body }))
        .statusCode,
    ).toBe(201);
    const duplicate = await test.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: auth,
      payload: body,
    });
    expect(duplicate.json()).toMatchObject({
      status: 409,
      code: 'conflict',
      errors: [{ path: 'body.iatiIdentifier', code: 'duplicate' }],
    });
    const unknown = await test.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { ...auth, 'accept-language': 'es' },
      payload: { name: { es: 'B', en: 'B' }, type: '99', countryCode: 'ZZ' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { path: string }[] }>().errors.map((error) => error.path)).toEqual([
      'body.type',
      'body.countryCode',
    ]);
  });

  it('creates a user with grants, lists it with a cursor, and refuses a second user with the same e-mail', async () => {
    const organisation = await makeOrganisation(test.db);
    const payload = {
      email: 'Ana.Lopez@Example.org',
      name: 'Ana López',
      organisationId: organisation.id,
      grants: [{ role: 'government_planner', countryCode: 'hn' }],
    };
    const created = await test.app.inject({ method: 'POST', url: '/api/v1/users', headers: auth, payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'ana.lopez@example.org',
      hasPassword: false,
      grants: [{ role: 'government_planner', countryCode: 'HN', organisationId: null }],
    });
    const again = await test.app.inject({ method: 'POST', url: '/api/v1/users', headers: auth, payload });
    expect(again.json()).toMatchObject({ status: 409, errors: [{ path: 'body.email' }] });

    const page1 = await test.app.inject({ url: '/api/v1/users?limit=1', headers: auth });
    const { items, nextCursor } = page1.json<{ items: { id: string }[]; nextCursor: string }>();
    expect(items).toHaveLength(1);
    const page2 = await test.app.inject({ url: `/api/v1/users?limit=1&cursor=${nextCursor}`, headers: auth });
    expect(page2.json<{ items: { id: string }[] }>().items[0]?.id).not.toBe(items[0]?.id);
  });
});
