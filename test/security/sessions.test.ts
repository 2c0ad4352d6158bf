import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode, updateUser } from '@/modules/identity';
import { createTestApp, type TestApp } from '../app';
import { FIXED_NOW, TEST_DIALECTS, testContext } from '../db';
import { makeOrganisation, makeUser, sessionCookieOf, signInOverHttp } from '../identity';

const MINUTE = 60_000;

describe.each(TEST_DIALECTS)('sessions on %s', (dialect) => {
  let test: TestApp;
  let now = FIXED_NOW;
  beforeAll(async () => {
    test = await createTestApp(dialect, {}, () => now);
  });
  afterAll(async () => {
    await test.close();
  });
  const at = (offsetMs: number) => {
    now = new Date(FIXED_NOW.getTime() + offsetMs);
  };
  const me = (cookie: string) => test.app.inject({ url: '/api/v1/users', headers: { cookie } });

  it('S1: the session id changes after the second factor, and carries at least 128 bits', async () => {
    at(0);
    const organisation = await makeOrganisation(test.db);
    const admin = await makeUser(test.db, {
      organisationId: organisation.id,
      role: 'admin',
      scope: { organisationId: null, countryCode: null },
    });
    const pending = await signInOverHttp(test.app, admin.email, admin.password);
    const headers = { cookie: pending.cookie, 'x-csrf-token': pending.csrfToken };
    const { secret } = (
      await test.app.inject({ method: 'POST', url: '/api/v1/auth/mfa/enrolment', headers })
    ).json<{ secret: string }>();
    const verified = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers,
      payload: { code: totpCode(secret, now) },
    });
    const after = sessionCookieOf(verified) ?? '';
    expect(`__Host-carsi_session=${after}`).not.toBe(pending.cookie);
    expect(Buffer.from(after, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect((await me(pending.cookie)).statusCode).toBe(401);
    expect((await me(`__Host-carsi_session=${after}`)).statusCode).toBe(200);
  });

  it('S2: the session cookie is __Host-, Secure, HttpOnly, SameSite=Strict, Path=/', async () => {
    at(0);
    const organisation = await makeOrganisation(test.db);
    const user = await makeUser(test.db, { organisationId: organisation.id, role: 'viewer' });
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: user.email, password: user.password },
    });
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/^__Host-carsi_session=/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Strict/);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/Domain=/i);
  });

  it('S3: idle 15 minutes ends a vetting officer’s session, 30 minutes others’; 12 hours ends every session', async () => {
    at(0);
    const organisation = await makeOrganisation(test.db);
    const viewer = await makeUser(test.db, { organisationId: organisation.id, role: 'viewer' });
    const officer = await makeUser(test.db, { organisationId: organisation.id, role: 'vetting_officer' });
    await test.db.kysely
      .updateTable('app_user')
      .set({ mfa_enabled: 0 })
      .where('id', '=', officer.id)
      .execute();
    const viewerSession = await signInOverHttp(test.app, viewer.email, viewer.password);
    const officerSession = await signInOverHttp(test.app, officer.email, officer.password);
    expect(officerSession.state).toBe('mfa_enrolment');
    const session = (cookie: string) => test.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });

    at(16 * MINUTE);
    expect((await session(officerSession.cookie)).json()).toMatchObject({ state: 'anonymous' });
    expect((await me(viewerSession.cookie)).statusCode).toBe(200);

    // Active every 20 minutes, the viewer still reaches the 12-hour limit.
    for (let minutes = 36; minutes < 12 * 60; minutes += 20) {
      at(minutes * MINUTE);
      expect((await me(viewerSession.cookie)).statusCode).toBe(200);
    }
    at(12 * 60 * MINUTE + 1000);
    const expired = await me(viewerSession.cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'session_expired' });
  });

  it('S4: sign-out and disabling a user end sessions server-side; the old cookie is refused', async () => {
    at(0);
    const organisation = await makeOrganisation(test.db);
    const user = await makeUser(test.db, { organisationId: organisation.id, role: 'viewer' });
    const session = await signInOverHttp(test.app, user.email, user.password);
    const signOut = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(signOut.statusCode).toBe(204);
    expect(signOut.headers['clear-site-data']).toContain('"cookies"');
    expect((await me(session.cookie)).statusCode).toBe(401);

    const again = await signInOverHttp(test.app, user.email, user.password);
    await updateUser({
      ctx: testContext(test.db),
      input: { id: user.id, expectedVersion: user.version, patch: { disabled: true } },
    });
    expect((await me(again.cookie)).statusCode).toBe(401);
    const revoked = await test.db.kysely
      .selectFrom('user_session')
      .select('revoked_at')
      .where('user_id', '=', user.id)
      .execute();
    expect(revoked.every((session) => session.revoked_at !== null)).toBe(true);
  });

  it('S5: setting grants from a session needs a sign-in less than 5 minutes old', async () => {
    at(0);
    const organisation = await makeOrganisation(test.db);
    const target = await makeUser(test.db, { organisationId: organisation.id, role: 'viewer' });
    const admin = await makeUser(test.db, { organisationId: organisation.id, role: 'admin' });
    await test.db.kysely.updateTable('app_user').set({ mfa_enabled: 0 }).where('id', '=', admin.id).execute();
    // An admin without MFA cannot get an active session; give this one MFA through enrolment.
    const pending = await signInOverHttp(test.app, admin.email, admin.password);
    const headers = { cookie: pending.cookie, 'x-csrf-token': pending.csrfToken };
    const { secret } = (
      await test.app.inject({ method: 'POST', url: '/api/v1/auth/mfa/enrolment', headers })
    ).json<{ secret: string }>();
    const active = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers,
      payload: { code: totpCode(secret, now) },
    });
    const cookie = `__Host-carsi_session=${sessionCookieOf(active)}`;
    const csrf = active.json<{ csrfToken: string }>().csrfToken;
    const grant = () =>
      test.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${target.id}/grants`,
        headers: { cookie, 'x-csrf-token': csrf, 'if-match': `"${target.version}"` },
        payload: { grants: [{ role: 'implementer', organisationId: organisation.id }] },
      });

    at(6 * MINUTE);
    const stale = await grant();
    expect(stale.statusCode).toBe(403);
    expect(stale.json()).toMatchObject({ code: 'reauth_required' });
    const reauth = await test.app.inject({
      method: 'POST',
      url: '/api/v1/auth/reauthenticate',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { password: admin.password },
    });
    expect(reauth.statusCode).toBe(204);
    const fresh = await grant();
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({
      grants: [{ role: 'implementer', organisationId: organisation.id }],
    });
  });
});
