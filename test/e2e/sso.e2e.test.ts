import crypto from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../oidc-provider';
import { launchChromium } from './browser';
import { assertWebBuilt } from './server';
import { findFreePort, startServer, type TestServer } from './server';

const DOMAIN = 'sso-e2e.example';

let provider: TestOidcProvider;
let server: TestServer;
let browser: Browser;
/**
 * The browser reaches the app as `localhost` and the provider as `127.0.0.1`: two different sites, as in
 * production, so the return from the provider is a cross-site navigation (the case the flow cookie's
 * SameSite=Lax is for).
 */
let appOrigin = '';

beforeAll(async () => {
  assertWebBuilt();
  const port = await findFreePort();
  appOrigin = `http://localhost:${port}`;
  provider = await startOidcProvider({
    redirectUris: [`${appOrigin}/api/v1/auth/oidc/callback`],
    accounts: { maria: { email: `maria.lopez@${DOMAIN}`, emailVerified: true, name: 'María López' } },
  });
  server = await startServer({
    port,
    env: {
      CARSI_PUBLIC_URL: appOrigin,
      CARSI_OIDC_ISSUER: provider.issuer,
      CARSI_OIDC_CLIENT_ID: provider.clientId,
      CARSI_OIDC_CLIENT_SECRET: provider.clientSecret,
      CARSI_OIDC_LABEL: 'Proveedor de prueba',
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.stop();
});

/** An administrator made with the CLI, and their API token, as an operator would. */
async function adminToken(): Promise<string> {
  const email = `admin@${DOMAIN.replace('.example', '-ops.example')}`;
  await server.cli(
    ['users', 'create', '--email', email, '--name', 'Admin', '--role', 'admin', '--password-stdin'],
    `${crypto.randomBytes(24).toString('base64url')}\n`,
  );
  return (await server.cli(['tokens', 'create', '--email', email])).trim();
}

describe('single sign-on', () => {
  it('signs a new person in through the OpenID Connect provider, provisioned by a domain rule', async () => {
    const headers = { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json' };
    const organisations = (await (await fetch(`${server.url}/api/v1/organisations`, { headers })).json()) as {
      items: { id: string }[];
    };
    const organisationId = organisations.items[0]?.id ?? 'none';
    const rule = await fetch(`${server.url}/api/v1/sso-rules`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ emailDomain: DOMAIN, organisationId, role: 'viewer', countryCode: null }),
    });
    expect(rule.status, await rule.clone().text()).toBe(201);

    const context = await browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    // The provider's development pages import a web font; there is no network to fetch it from.
    await page.route(/^https:\/\//, (route) => route.abort());
    await page.goto(`${appOrigin}/api/v1/auth/oidc/start`);
    expect(new URL(page.url()).origin).toBe(provider.issuer);
    await page.locator('input[name="login"]').fill('maria');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    // Back at the app: its home page, not `/sign-in?sso_error=…`.
    await page.waitForURL((url) => url.origin === appOrigin && !url.pathname.startsWith('/api/'));
    expect(page.url()).toBe(`${appOrigin}/`);

    const session = await page.evaluate(async () => {
      const response = await fetch('/api/v1/auth/session');
      return (await response.json()) as {
        state: string;
        user: { email: string; name: string; grants: { role: string }[] } | null;
        ssoEnabled: boolean;
        ssoLabel: string;
      };
    });
    expect(session).toMatchObject({
      state: 'active',
      user: { email: `maria.lopez@${DOMAIN}`, name: 'María López', grants: [{ role: 'viewer' }] },
      ssoEnabled: true,
      ssoLabel: 'Proveedor de prueba',
    });
    const cookies = await context.cookies(appOrigin);
    expect(cookies.map((cookie) => cookie.name)).toEqual(['__Host-carsi_session']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    await context.close();
  });
});
