import net, { type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@/http/app';
import { createSsoRule, createUser } from '@/modules/identity';
import { createOrganisation } from '@/modules/partners';
import { loadConfig } from '@/platform/config';
import type { SecuritySettings, SsoSettings } from '@/platform/context';
import { CookieJar } from '../../../test/cookie-jar';
import {
  createSeededTestDb,
  silentLogger,
  TEST_DIALECTS,
  TEST_SECURITY,
  testContext,
  type TestDb,
} from '../../../test/db';
import { startOidcProvider, type TestOidcProvider } from '../../../test/oidc-provider';

const CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/**
 * Follows a single sign-on as a browser would: start at the app, through the provider's login and consent
 * pages, back to the callback, until the app sends the browser to one of its pages (returned as path+query).
 */
async function signInWithSso(
  jar: CookieJar,
  appUrl: string,
  login: string,
  options: { tamperCallback?: (callback: URL) => void; cancel?: boolean } = {},
): Promise<string> {
  let url = new URL('/api/v1/auth/oidc/start', appUrl);
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.origin === appUrl && url.pathname === CALLBACK_PATH) {
      options.tamperCallback?.(url);
    }
    const response = await jar.fetch(url, init);
    init = {};
    const location = response.headers.get('location');
    if (location !== null) {
      const next = new URL(location, url);
      if (next.origin === appUrl && !next.pathname.startsWith('/api/')) {
        return next.pathname + next.search;
      }
      url = next;
      continue;
    }
    const html = await response.text();
    expect(response.status, html).toBe(200);
    if (options.cancel === true) {
      url = new URL(/href="([^"]+\/abort)"/.exec(html)?.[1] ?? 'missing-abort-link', url);
      continue;
    }
    const action = /<form[^>]* action="([^"]+)"/.exec(html)?.[1] ?? 'missing-form';
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    url = new URL(action.replaceAll('&amp;', '&'), url);
    init = {
      method: 'POST',
      body: new URLSearchParams(
        prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt: prompt ?? '' },
      ),
    };
  }
  throw new Error('too many redirects');
}

describe.each(TEST_DIALECTS)('single sign-on through a local OpenID Connect provider on %s', (dialect) => {
  let db: TestDb;
  let app: FastifyInstance;
  let provider: TestOidcProvider;
  let appUrl = '';
  let sso: SsoSettings | null = null;
  let organisationId = '';

  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
    const ctx = testContext(db, { now: () => new Date() });
    organisationId = (
      await createOrganisation({
        ctx,
        input: { name: { es: 'Ministerio de Prueba', en: 'Test Ministry' }, type: '10', countryCode: 'HN' },
      })
    ).id;
    for (const [email, role] of [
      ['ana@existing.example', 'viewer'],
      ['boss@existing.example', 'admin'],
      ['gone@existing.example', 'viewer'],
    ] as const) {
      await createUser({
        ctx,
        input: { email, name: email, organisationId, grants: [{ role, organisationId, countryCode: null }] },
      });
    }
    await db.kysely
      .updateTable('app_user')
      .set({ disabled_at: new Date().toISOString() })
      .where('email', '=', 'gone@existing.example')
      .execute();
    await createSsoRule({
      ctx,
      input: { emailDomain: 'provisioned.example', organisationId, role: 'donor_officer', countryCode: 'hn' },
    });

    // The app must know its own address (the redirect URI) and the provider's, which needs the app's first:
    // the settings are read per request, so they can be filled in once both listen.
    const security: SecuritySettings = {
      ...TEST_SECURITY,
      get publicUrl() {
        return appUrl;
      },
      get sso() {
        return sso;
      },
    };
    app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:' }),
      db,
      logger: silentLogger,
      security,
      webDir: '/nonexistent-web-dir',
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    provider = await startOidcProvider({
      redirectUris: [`${appUrl}${CALLBACK_PATH}`],
      accounts: {
        ana: { email: 'Ana@Existing.example', emailVerified: true, name: 'Ana' },
        boss: { email: 'boss@existing.example', emailVerified: true },
        gone: { email: 'gone@existing.example', emailVerified: true },
        newcomer: { email: 'nueva.persona@provisioned.example', emailVerified: true, name: 'Nueva Persona' },
        stranger: { email: 'someone@elsewhere.example', emailVerified: true },
        unverified: { email: 'unverified@provisioned.example', emailVerified: false },
        anonymous: {},
      },
    });
    sso = {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      label: 'Test IdP',
    };
  });

  afterAll(async () => {
    await app?.close();
    await provider?.stop();
    await db?.destroy();
  });

  async function session(jar: CookieJar) {
    const response = await jar.fetch(`${appUrl}/api/v1/auth/session`);
    expect(response.status).toBe(200);
    return (await response.json()) as {
      state: string;
      user: { email: string; name: string; organisationId: string; grants: unknown[] } | null;
      ssoEnabled: boolean;
      ssoLabel: string | null;
    };
  }

  async function auditOf(action: string, entityId?: string) {
    let query = db.kysely.selectFrom('audit_event').selectAll().where('action', '=', action);
    if (entityId !== undefined) {
      query = query.where('entity_id', '=', entityId);
    }
    return (await query.orderBy('seq').execute()).map((row) => ({
      ...row,
      details: JSON.parse(row.details) as Record<string, unknown>,
    }));
  }

  it('offers SSO in the session description, with its label', async () => {
    expect(await session(new CookieJar())).toMatchObject({
      state: 'anonymous',
      ssoEnabled: true,
      ssoLabel: 'Test IdP',
    });
  });

  it('signs in an existing user (e-mail matched case-insensitively) with an sso session', async () => {
    const jar = new CookieJar();
    let callback: URL | undefined;
    const landing = await signInWithSso(jar, appUrl, 'ana', {
      tamperCallback: (url) => (callback = new URL(url)),
    });
    expect(landing).toBe('/');
    const described = await session(jar);
    expect(described.state).toBe('active');
    expect(described.user?.email).toBe('ana@existing.example');
    expect(jar.get(appUrl, '__Host-carsi_sso_flow')).toBeUndefined();
    const row = await db.kysely
      .selectFrom('user_session')
      .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
      .select(['user_session.auth_method', 'app_user.last_sign_in_at'])
      .where('app_user.email', '=', 'ana@existing.example')
      .executeTakeFirstOrThrow();
    expect(row.auth_method).toBe('sso');
    expect(row.last_sign_in_at).not.toBeNull();
    const signIns = await auditOf('auth.sign_in');
    expect(signIns.at(-1)?.details).toMatchObject({
      method: 'sso',
      email: 'ana@existing.example',
      state: 'active',
      provisionedBySsoRule: null,
    });

    // The same answer again (a replay, or the back button): the flow was single use.
    const replay = await jar.fetch(callback ?? 'missing-callback');
    expect(replay.headers.get('location')).toBe('/sign-in?sso_error=invalid_state');
  });

  it('provisions a new user from the domain rule, with the rule’s organisation, role and country', async () => {
    const jar = new CookieJar();
    expect(await signInWithSso(jar, appUrl, 'newcomer')).toBe('/');
    const described = await session(jar);
    expect(described.state).toBe('active');
    expect(described.user).toMatchObject({
      email: 'nueva.persona@provisioned.example',
      name: 'Nueva Persona',
      organisationId,
      grants: [{ role: 'donor_officer', organisationId, countryCode: 'HN' }],
    });
    const user = await db.kysely
      .selectFrom('app_user')
      .selectAll()
      .where('email', '=', 'nueva.persona@provisioned.example')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
    const [created] = await auditOf('user.create', user.id);
    expect(created).toMatchObject({ actor_type: 'system', actor_id: 'system:sso' });
    const [signIn] = await auditOf('auth.sign_in', user.id);
    const [rule] = await auditOf('sso_rule.create');
    expect(signIn?.details.provisionedBySsoRule).toBe(rule?.entity_id);
    expect(signIn?.request_id).toBe(created?.request_id);
  });

  it('starts a privileged user’s session waiting for the second factor, as password sign-in does', async () => {
    const jar = new CookieJar();
    expect(await signInWithSso(jar, appUrl, 'boss')).toBe('/sign-in?mfa=1');
    expect((await session(jar)).state).toBe('mfa_enrolment');
  });

  it.each([
    ['stranger', 'not_allowed', 'no_rule_for_domain'],
    ['gone', 'not_allowed', 'disabled'],
    ['unverified', 'email_unverified', 'email_unverified'],
    ['anonymous', 'email_unverified', 'no_email'],
  ])('refuses %s with sso_error=%s and audits the reason', async (login, code, reason) => {
    const jar = new CookieJar();
    const usersBefore = await db.kysely.selectFrom('app_user').select('id').execute();
    expect(await signInWithSso(jar, appUrl, login)).toBe(`/sign-in?sso_error=${code}`);
    expect((await session(jar)).state).toBe('anonymous');
    expect(await db.kysely.selectFrom('app_user').select('id').execute()).toHaveLength(usersBefore.length);
    expect((await auditOf('auth.sign_in_failure')).at(-1)?.details).toMatchObject({ method: 'sso', reason });
  });

  it('refuses an answer whose state was tampered with', async () => {
    const jar = new CookieJar();
    const landing = await signInWithSso(jar, appUrl, 'ana', {
      tamperCallback: (url) => url.searchParams.set('state', 'forged-state'),
    });
    expect(landing).toBe('/sign-in?sso_error=invalid_state');
    expect((await session(jar)).state).toBe('anonymous');
    expect((await auditOf('auth.sign_in_failure')).at(-1)?.details).toMatchObject({
      reason: 'state_mismatch',
    });
  });

  it('refuses an answer that comes back to another browser (no flow cookie)', async () => {
    const jar = new CookieJar();
    let stolen: URL | undefined;
    await signInWithSso(jar, appUrl, 'ana', { tamperCallback: (url) => (stolen = new URL(url)) });
    const other = await new CookieJar().fetch(stolen ?? 'missing-callback');
    expect(other.headers.get('location')).toBe('/sign-in?sso_error=invalid_state');
  });

  it('sends the person back with sso_error=cancelled when they cancel at the provider', async () => {
    const jar = new CookieJar();
    expect(await signInWithSso(jar, appUrl, 'ana', { cancel: true })).toBe('/sign-in?sso_error=cancelled');
    expect((await auditOf('auth.sign_in_failure')).at(-1)?.details).toMatchObject({ reason: 'cancelled' });
  });
});

describe('single sign-on when it cannot work', () => {
  async function appWith(
    sso: SsoSettings | null,
  ): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
    const db = await createSeededTestDb('sqlite');
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:' }),
      db,
      logger: silentLogger,
      security: { ...TEST_SECURITY, sso },
      webDir: '/nonexistent-web-dir',
    });
    return { app, close: async () => (await app.close(), await db.destroy()) };
  }

  it('says SSO is off when it is not configured, and sends the browser back with not_configured', async () => {
    const { app, close } = await appWith(null);
    expect((await app.inject('/api/v1/auth/session')).json()).toMatchObject({
      ssoEnabled: false,
      ssoLabel: null,
    });
    for (const url of ['/api/v1/auth/oidc/start', `${CALLBACK_PATH}?code=x&state=y`]) {
      const response = await app.inject(url);
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/sign-in?sso_error=not_configured');
    }
    await close();
  });

  it('sends the browser back with provider_unavailable when the provider does not answer', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const { app, close } = await appWith({
      issuer: `http://127.0.0.1:${closedPort}`,
      clientId: 'carsi',
      clientSecret: 'secret',
      label: 'SSO',
    });
    const response = await app.inject('/api/v1/auth/oidc/start');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/sign-in?sso_error=provider_unavailable');
    expect(response.headers['set-cookie']).toBeUndefined();
    await close();
  });
});
