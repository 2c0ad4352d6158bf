import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, type Permission } from '@/modules/access';
import type { UserActor } from '@/platform/context';
import { createTestApp, type TestApp } from '../app';
import { TEST_DIALECTS } from '../db';
import { makeOrganisation, makeUser, tokenFor } from '../identity';

const fill = (url: string) => url.replace(/:[a-zA-Z]+/g, '00000000-0000-7000-8000-000000000000');

/**
 * What every table a request could change looks like, to prove a refused request changed nothing.
 * A token's `last_used_at` is left out: using a token (even to be refused) is recorded there.
 */
async function checksum(test: TestApp): Promise<string> {
  const hash = crypto.createHash('sha256');
  for (const table of ['organisation', 'app_user', 'role_grant', 'sso_rule'] as const) {
    hash.update(JSON.stringify(await test.db.kysely.selectFrom(table).selectAll().orderBy('id').execute()));
  }
  const tokens = await test.db.kysely.selectFrom('api_token').selectAll().orderBy('id').execute();
  hash.update(JSON.stringify(tokens.map(({ last_used_at: _lastUsed, ...token }) => token)));
  return hash.digest('hex');
}

describe.each(TEST_DIALECTS)('access control on %s', (dialect) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp(dialect, { CARSI_RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(async () => {
    await test.close();
  });

  it('AC1: every API route declares a policy and validates its input; anonymous calls outside the public list get 401', async () => {
    expect(test.app.apiRoutes.length).toBeGreaterThan(30);
    expect(test.app.apiRoutes.filter((route) => !route.validatesInput)).toEqual([]);
    for (const route of test.app.apiRoutes.filter((entry) => entry.policy !== 'public')) {
      const response = await test.app.inject({
        method: route.method as 'GET',
        url: fill(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect({ route: `${route.method} ${route.url}`, status: response.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
    }
  });

  it('AC2: for every role, route and method, the answer matches the permission matrix', async () => {
    const organisation = await makeOrganisation(test.db);
    const routes = test.app.apiRoutes.filter((route) => route.policy in PERMISSIONS);
    for (const role of ROLES) {
      const user = await makeUser(test.db, {
        organisationId: organisation.id,
        role,
        scope: { organisationId: null, countryCode: null },
      });
      const token = await tokenFor(test.db, user.id);
      const actor: UserActor = {
        type: 'user',
        userId: user.id,
        email: user.email,
        organisationId: organisation.id,
        organisationCountry: 'HN',
        grants: [{ role, organisationId: null, countryCode: null }],
        via: 'token',
        credentialId: 'x',
        authenticatedAt: '',
      };
      for (const route of routes) {
        const allowed = can(actor, route.policy as Permission);
        const response = await test.app.inject({
          method: route.method as 'GET',
          url: fill(route.url),
          headers: { authorization: `Bearer ${token}` },
          payload: route.method === 'GET' ? undefined : {},
        });
        const denied = response.statusCode === 401 || response.statusCode === 403;
        expect({ role, route: `${route.method} ${route.url}`, denied }).toEqual({
          role,
          route: `${route.method} ${route.url}`,
          denied: !allowed,
        });
      }
    }
  });

  it('AC3: users of one organisation or country never read or change another’s records (1,000 cases)', async () => {
    const orgA = await makeOrganisation(test.db, { countryCode: 'HN', name: 'Tenant A' });
    const orgB = await makeOrganisation(test.db, { countryCode: 'GT', name: 'Tenant B' });
    const actors = await Promise.all(
      [
        { role: 'admin' as const, scope: { organisationId: orgA.id, countryCode: null } },
        { role: 'admin' as const, scope: { organisationId: null, countryCode: 'HN' } },
        { role: 'viewer' as const, scope: { organisationId: orgA.id, countryCode: null } },
        { role: 'implementer' as const, scope: { organisationId: orgA.id, countryCode: null } },
        { role: 'government_planner' as const, scope: { organisationId: null, countryCode: 'HN' } },
      ].map(async (grant) => {
        const user = await makeUser(test.db, {
          organisationId: orgA.id,
          role: grant.role,
          scope: grant.scope,
        });
        return { ...user, token: await tokenFor(test.db, user.id) };
      }),
    );
    const victims = await Promise.all(
      (['admin', 'viewer', 'donor_officer'] as const).map(async (role) => {
        const user = await makeUser(test.db, { organisationId: orgB.id, role });
        const token = await tokenFor(test.db, user.id);
        const tokenId = (
          await test.db.kysely
            .selectFrom('api_token')
            .select('id')
            .where('user_id', '=', user.id)
            .executeTakeFirstOrThrow()
        ).id;
        return { ...user, token, tokenId };
      }),
    );
    const verbs = [
      (id: string) => ({ method: 'GET' as const, url: `/api/v1/users/${id}` }),
      (id: string) => ({
        method: 'PATCH' as const,
        url: `/api/v1/users/${id}`,
        payload: { disabled: true },
        headers: { 'if-match': '"1"' },
      }),
      (id: string) => ({
        method: 'PUT' as const,
        url: `/api/v1/users/${id}/grants`,
        payload: { grants: [{ role: 'admin' }] },
        headers: { 'if-match': '"1"' },
      }),
      () => ({
        method: 'PATCH' as const,
        url: `/api/v1/organisations/${orgB.id}`,
        payload: { name: { es: 'x', en: 'x' } },
        headers: { 'if-match': '"1"' },
      }),
      (_id: string, tokenId: string) => ({ method: 'DELETE' as const, url: `/api/v1/me/tokens/${tokenId}` }),
      () => ({ method: 'GET' as const, url: `/api/v1/users?organisationId=${orgB.id}` }),
    ];
    const before = await checksum(test);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(actors.length - 1),
        fc.nat(victims.length - 1),
        fc.nat(verbs.length - 1),
        async (a, v, k) => {
          const actor = actors[a]!;
          const victim = victims[v]!;
          const request = verbs[k]!(victim.id, victim.tokenId);
          const response = await test.app.inject({
            ...request,
            headers: {
              ...('headers' in request ? request.headers : {}),
              authorization: `Bearer ${actor.token}`,
            },
          });
          if (request.url.startsWith('/api/v1/users?')) {
            expect(response.statusCode).toBe(200);
            expect(response.json<{ items: unknown[] }>().items).toEqual([]);
          } else {
            expect([403, 404]).toContain(response.statusCode);
          }
        },
      ),
      { numRuns: 1000 },
    );
    expect(await checksum(test)).toBe(before);
  });

  it('AC4: only administrators of a user see its administrative fields; unknown or read-only body fields are 400', async () => {
    const organisation = await makeOrganisation(test.db);
    const viewer = await makeUser(test.db, { organisationId: organisation.id, role: 'viewer' });
    const admin = await makeUser(test.db, { organisationId: organisation.id, role: 'admin' });
    const read = async (token: string) =>
      (
        await test.app.inject({
          url: `/api/v1/users/${viewer.id}`,
          headers: { authorization: `Bearer ${token}` },
        })
      ).json<Record<string, unknown>>();
    const adminToken = await tokenFor(test.db, admin.id);
    expect(Object.keys(await read(await tokenFor(test.db, viewer.id))).sort()).toEqual(
      ['disabled', 'email', 'id', 'language', 'name', 'organisationId', 'version'].sort(),
    );
    expect(await read(adminToken)).toHaveProperty('grants');
    for (const payload of [{ email: 'new@example.org' }, { version: 9 }, { grants: [] }, { isAdmin: true }]) {
      const response = await test.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${viewer.id}`,
        headers: { authorization: `Bearer ${adminToken}`, 'if-match': `"${viewer.version}"` },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ errors: [{ code: 'unrecognized_keys' }] });
    }
  });

  it('AC6: the audit CSV export holds exactly the rows the list shows for the same filter', async () => {
    const organisation = await makeOrganisation(test.db);
    const admin = await makeUser(test.db, {
      organisationId: organisation.id,
      role: 'admin',
      scope: { organisationId: null, countryCode: null },
    });
    const headers = { authorization: `Bearer ${await tokenFor(test.db, admin.id)}` };
    const list = await test.app.inject({ url: '/api/v1/audit-events?action=user.create&limit=200', headers });
    const csv = await test.app.inject({ url: '/api/v1/audit-events.csv?action=user.create', headers });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const listed = list.json<{ items: { seq: number }[] }>().items.map((item) => String(item.seq));
    const exported = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(exported).toEqual(listed);
    expect(listed.length).toBeGreaterThan(3);
  });
});
