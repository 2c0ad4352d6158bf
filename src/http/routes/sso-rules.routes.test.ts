import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser } from '@/modules/identity';
import { createOrganisation } from '@/modules/partners';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_DIALECTS, testContext } from '../../../test/db';

describe.each(TEST_DIALECTS)('SSO rules API on %s', (dialect) => {
  let test: TestApp;
  let organisationId = '';
  let admin: Record<string, string> = {};
  let viewer: Record<string, string> = {};

  beforeAll(async () => {
    test = await createTestApp(dialect);
    const ctx = testContext(test.db);
    organisationId = (
      await createOrganisation({
        ctx,
        input: { name: { es: 'Embajada', en: 'Embassy' }, type: '10', countryCode: null },
      })
    ).id;
    const bearer = async (email: string, role: 'admin' | 'viewer') => {
      const user = await createUser({
        ctx,
        input: {
          email,
          name: role,
          organisationId,
          grants: [{ role, organisationId: null, countryCode: null }],
        },
      });
      const token = await createApiToken({
        ctx,
        input: { userId: user.id, body: { name: 'test', expiresInDays: null } },
      });
      return { authorization: `Bearer ${token.token}` };
    };
    admin = await bearer('admin@rules.example', 'admin');
    viewer = await bearer('viewer@rules.example', 'viewer');
  });

  afterAll(async () => {
    await test.close();
  });

  const rule = (overrides: Record<string, unknown> = {}) => ({
    emailDomain: 'Embassy.Example',
    organisationId,
    role: 'donor_officer',
    countryCode: null,
    ...overrides,
  });

  it('creates, lists and deletes a rule, auditing each change', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/v1/sso-rules',
      headers: admin,
      payload: rule(),
    });
    expect(created.statusCode).toBe(201);
    const body = created.json<{ id: string }>();
    expect(body).toMatchObject({ emailDomain: 'embassy.example', role: 'donor_officer', countryCode: null });

    const listed = await test.app.inject({ url: '/api/v1/sso-rules', headers: admin });
    expect(listed.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual([body.id]);

    const deleted = await test.app.inject({
      method: 'DELETE',
      url: `/api/v1/sso-rules/${body.id}`,
      headers: admin,
    });
    expect(deleted.statusCode).toBe(204);
    const again = await test.app.inject({
      method: 'DELETE',
      url: `/api/v1/sso-rules/${body.id}`,
      headers: admin,
    });
    expect(again.json()).toMatchObject({ code: 'not_found' });

    const audit = await test.db.kysely
      .selectFrom('audit_event')
      .select(['action', 'actor_type'])
      .where('entity_id', '=', body.id)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'sso_rule.create', actor_type: 'user' },
      { action: 'sso_rule.delete', actor_type: 'user' },
    ]);
  });

  it('refuses a second rule for the same domain with 409 and the field', async () => {
    const first = await test.app.inject({
      method: 'POST',
      url: '/api/v1/sso-rules',
      headers: admin,
      payload: rule({ emailDomain: 'twice.example' }),
    });
    expect(first.statusCode).toBe(201);
    const second = await test.app.inject({
      method: 'POST',
      url: '/api/v1/sso-rules',
      headers: admin,
      payload: rule({ emailDomain: 'TWICE.example', role: 'viewer' }),
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'conflict',
      errors: [{ path: 'body.emailDomain', code: 'duplicate' }],
    });
  });

  it.each([
    [{ organisationId: 'no-such-organisation' }, 'body.organisationId'],
    [{ role: 'emperor' }, 'body.role'],
    [{ countryCode: 'FR' }, 'body.countryCode'],
    [{ emailDomain: 'user@example.org' }, 'body.emailDomain'],
  ])('validates %o', async (overrides, path) => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/sso-rules',
      headers: admin,
      payload: rule({ emailDomain: 'valid.example', ...overrides }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { path: string }[] }>().errors.map((error) => error.path)).toEqual([path]);
  });

  it('is for administrators only', async () => {
    expect((await test.app.inject({ url: '/api/v1/sso-rules' })).statusCode).toBe(401);
    expect((await test.app.inject({ url: '/api/v1/sso-rules', headers: viewer })).statusCode).toBe(403);
    const create = await test.app.inject({
      method: 'POST',
      url: '/api/v1/sso-rules',
      headers: viewer,
      payload: rule({ emailDomain: 'viewer.example' }),
    });
    expect(create.statusCode).toBe(403);
  });
});
