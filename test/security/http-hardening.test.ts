import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app';
import { TEST_DIALECTS } from '../db';
import { makeOrganisation, makeUser, signInOverHttp, tokenFor } from '../identity';

const fill = (url: string) => url.replace(/:[a-zA-Z]+/g, '00000000-0000-7000-8000-000000000000');

/** Domain tables only: the audit trail, token and session "last used" stamps record reads by design. */
async function domainChecksum(test: TestApp): Promise<string> {
  const hash = crypto.createHash('sha256');
  for (const table of [
    'organisation',
    'app_user',
    'role_grant',
    'sso_rule',
    'mail_outbox',
    'one_time_token',
  ] as const) {
    const rows = await test.db.kysely.selectFrom(table).selectAll().execute();
    hash.update(JSON.stringify(rows.map((row) => JSON.stringify(row)).sort()));
  }
  return hash.digest('hex');
}

describe.each(TEST_DIALECTS)('HTTP hardening on %s', (dialect) => {
  let test: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    test = await createTestApp(dialect, { CARSI_RATE_LIMIT_PER_MINUTE: '100000' });
    const organisation = await makeOrganisation(test.db);
    const admin = await makeUser(test.db, {
      organisationId: organisation.id,
      role: 'admin',
      scope: { organisationId: null, countryCode: null },
    });
    adminToken = await tokenFor(test.db, admin.id);
  });
  afterAll(async () => {
    await test.close();
  });

  it('C1: a change made with a session needs its own CSRF token and a same-origin request', async () => {
    const organisation = await makeOrganisation(test.db);
    const user = await makeUser(test.db, { organisationId: organisation.id, role: 'viewer' });
    const other = await makeUser(test.db, { organisationId: organisation.id, role: 'viewer' });
    const session = await signInOverHttp(test.app, user.email, user.password);
    const otherSession = await signInOverHttp(test.app, other.email, other.password);
    const createToken = (headers: Record<string, string>) =>
      test.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: { cookie: session.cookie, ...headers },
        payload: { name: 'x' },
      });

    const variants: Record<string, string>[] = [
      {},
      { 'x-csrf-token': otherSession.csrfToken },
      { 'x-csrf-token': session.csrfToken, origin: 'https://evil.example' },
    ];
    for (const headers of variants) {
      const refused = await createToken(headers);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'csrf_failed' });
    }
    expect(
      (await createToken({ 'x-csrf-token': session.csrfToken, origin: 'http://localhost:80' })).statusCode,
    ).toBe(201);
  });

  it('C1: no GET route changes domain data', async () => {
    const before = await domainChecksum(test);
    for (const route of test.app.apiRoutes.filter((entry) => entry.method === 'GET')) {
      await test.app.inject({ url: fill(route.url), headers: { authorization: `Bearer ${adminToken}` } });
    }
    expect(await domainChecksum(test)).toBe(before);
  });

  it('O2: every GET route with a body answers with a charset-bearing Content-Type, and all with nosniff', async () => {
    for (const route of test.app.apiRoutes.filter((entry) => entry.method === 'GET')) {
      const response = await test.app.inject({
        url: fill(route.url),
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      if (response.statusCode >= 300 && response.statusCode < 400) {
        continue; // redirects (single sign-on) have no body
      }
      expect({ route: route.url, type: response.headers['content-type'] }).toEqual({
        route: route.url,
        type: expect.stringMatching(/charset=utf-8/),
      });
    }
  });

  it('O4: authenticated responses are not stored by caches; public reference data may be', async () => {
    const authenticated = await test.app.inject({
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(authenticated.headers['cache-control']).toBe('no-store');
    const boundaries = await test.app.inject('/api/v1/boundaries');
    expect(boundaries.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('R1: a page size above 200 is refused', async () => {
    const response = await test.app.inject({
      url: '/api/v1/users?limit=100000',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ path: 'query.limit', code: 'too_big' }] });
  });

  it('an altered or unknown bearer token gets 401, on public routes too', async () => {
    const altered = `${adminToken.slice(0, -1)}${adminToken.endsWith('A') ? 'B' : 'A'}`;
    for (const url of ['/api/v1/users', '/api/v1/countries']) {
      const response = await test.app.inject({ url, headers: { authorization: `Bearer ${altered}` } });
      expect(response.statusCode).toBe(401);
    }
    expect(
      (await test.app.inject({ url: '/api/v1/users', headers: { authorization: 'Basic abc' } })).statusCode,
    ).toBe(401);
  });
});
