import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { issueSetupLink, passwordProblem, totpCode } from '@/modules/identity';
import { createTestApp, type TestApp } from '../app';
import { FIXED_NOW, TEST_DIALECTS, testContext } from '../db';
import { GOOD_PASSWORD, makeOrganisation, makeUser, sessionCookieOf, signInOverHttp } from '../identity';

const signIn = (test: TestApp, email: string, password: string, remoteAddress = '10.0.0.1') =>
  test.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    remoteAddress,
  });

describe('password policy (pure)', () => {
  it('A1: 14 characters are refused, 15 accepted; long Unicode passphrases up to 256 are accepted', () => {
    expect(passwordProblem('a'.repeat(7) + 'b'.repeat(7))).toBe('too_short');
    expect(passwordProblem('ñandú-y-quetzal')).toBeNull();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 15, maxLength: 128 }), (password) => {
        fc.pre([...password].length >= 15 && [...password].length <= 256);
        const problem = passwordProblem(password);
        expect(problem === null || problem === 'too_common').toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(passwordProblem('x'.repeat(257))).toBe('too_long');
  });

  it('A2: common and context-word passwords are refused', () => {
    const common = dictionary['passwords-common'].filter((password) => password.length >= 15).slice(0, 30);
    for (const password of common) {
      expect(passwordProblem(password)).toBe('too_common');
    }
    for (const password of ['Honduras-CARSI-2024!', 'carsi sica guatemala', 'PasswordPassword123']) {
      expect(passwordProblem(password)).toBe('too_common');
    }
  });
});

describe.each(TEST_DIALECTS)('authentication on %s', (dialect) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp(dialect);
  });
  afterAll(async () => {
    await test.close();
  });

  it('A1: a 72-byte prefix of a longer password does not verify (no truncation)', async () => {
    const organisation = await makeOrganisation(test.db);
    const long = `${'ñ'.repeat(36)}the rest of a long and unusual passphrase`;
    const user = await makeUser(test.db, { organisationId: organisation.id, password: long });
    expect((await signIn(test, user.email, Buffer.from(long).subarray(0, 72).toString())).statusCode).toBe(
      401,
    );
    expect((await signIn(test, user.email, long)).statusCode).toBe(200);
  });

  it('A2: the API refuses a common password with 400 and a message in the caller’s language', async () => {
    const organisation = await makeOrganisation(test.db);
    const admin = await makeUser(test.db, { organisationId: organisation.id, role: 'viewer' });
    const session = await signInOverHttp(test.app, admin.email, admin.password);
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'accept-language': 'es' },
      payload: { currentPassword: admin.password, newPassword: '123456789987654321' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      errors: [{ path: 'body.newPassword', code: 'password_too_common' }],
    });
    expect(response.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/demasiado común/);
  });

  it('A3: passwords are stored as Argon2id with m ≥ 19 MiB, t ≥ 2, p = 1, never in clear', async () => {
    const organisation = await makeOrganisation(test.db);
    const user = await makeUser(test.db, { organisationId: organisation.id });
    const row = await test.db.kysely
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    const [, algorithm, version, params] = (row.password_hash ?? '').split('$');
    expect([algorithm, version]).toEqual(['argon2id', 'v=19']);
    const values: Record<string, string> = Object.fromEntries(
      (params ?? '').split(',').map((pair) => pair.split('=') as [string, string]),
    );
    expect(Number(values.m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(values.t)).toBeGreaterThanOrEqual(2);
    expect(Number(values.p)).toBe(1);
    expect(JSON.stringify(row)).not.toContain(GOOD_PASSWORD);
  });

  it('A4: the 6th failure on an account gets 429 with Retry-After, even with the right password, and is audited', async () => {
    const organisation = await makeOrganisation(test.db);
    const user = await makeUser(test.db, { organisationId: organisation.id });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signIn(test, user.email, 'wrong password attempt', `10.1.0.${attempt}`)).statusCode).toBe(
        401,
      );
    }
    const locked = await signIn(test, user.email, 'wrong password attempt', '10.1.0.9');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(test, user.email, user.password, '10.1.0.10')).statusCode).toBe(429);
    const failures = await test.db.kysely
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'auth.sign_in_failure')
      .where('details', 'like', `%${user.email}%`)
      .execute();
    expect(failures.length).toBeGreaterThanOrEqual(7);
  });

  it('A4: one address failing on many accounts is throttled too', async () => {
    const organisation = await makeOrganisation(test.db);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      statuses.push(
        (await signIn(test, `nobody${attempt}@example.org`, 'wrong password attempt', '10.2.0.1')).statusCode,
      );
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    const user = await makeUser(test.db, { organisationId: organisation.id });
    expect((await signIn(test, user.email, user.password, '10.2.0.2')).statusCode).toBe(200);
  });

  it('A5: with MFA, the password alone yields no usable session; a wrong, replayed or ±2-step code gets 401', async () => {
    const organisation = await makeOrganisation(test.db);
    const admin = await makeUser(test.db, {
      organisationId: organisation.id,
      role: 'admin',
      scope: { organisationId: null, countryCode: null },
    });
    const first = await signInOverHttp(test.app, admin.email, admin.password);
    expect(first.state).toBe('mfa_enrolment');
    const blocked = await test.app.inject({ url: '/api/v1/users', headers: { cookie: first.cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'mfa_pending' });

    const headers = { cookie: first.cookie, 'x-csrf-token': first.csrfToken };
    const enrolment = await test.app.inject({ method: 'POST', url: '/api/v1/auth/mfa/enrolment', headers });
    const { secret, qrSvgDataUrl } = enrolment.json<{ secret: string; qrSvgDataUrl: string }>();
    expect(qrSvgDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const verify = (session: { cookie: string; csrfToken: string }, code: string) =>
      test.app.inject({
        method: 'POST',
        url: '/api/v1/auth/mfa/verify',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
        payload: { code },
      });
    expect((await verify(first, '000000')).statusCode).toBe(401);
    const enrolled = await verify(first, totpCode(secret, FIXED_NOW));
    expect(enrolled.statusCode).toBe(200);
    const enabled = await test.db.kysely
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'user.mfa_enable')
      .where('entity_id', '=', admin.id)
      .executeTakeFirstOrThrow();
    expect(enabled).toMatchObject({ actor_type: 'user', actor_id: admin.id });

    const second = await signInOverHttp(test.app, admin.email, admin.password);
    expect(second.state).toBe('mfa_required');
    expect((await verify(second, totpCode(secret, FIXED_NOW))).statusCode).toBe(401); // replay of the same step
    expect((await verify(second, totpCode(secret, new Date(FIXED_NOW.getTime() + 60_000)))).statusCode).toBe(
      401,
    );
    expect((await verify(second, totpCode(secret, new Date(FIXED_NOW.getTime() - 60_000)))).statusCode).toBe(
      401,
    );
  });

  it('A8: an unknown e-mail and a wrong password get the same status and body', async () => {
    const organisation = await makeOrganisation(test.db);
    const user = await makeUser(test.db, { organisationId: organisation.id });
    const unknown = await signIn(test, 'nobody-here@example.org', 'some wrong password', '10.4.0.1');
    const wrong = await signIn(test, user.email, 'some wrong password', '10.4.0.2');
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(unknown.statusCode).toBe(401);
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(sessionCookieOf(unknown)).toBeUndefined();
  });

  it('A7: a reset link works once, within 30 minutes, and does not sign in or bypass MFA', async () => {
    const organisation = await makeOrganisation(test.db);
    const user = await makeUser(test.db, { organisationId: organisation.id });
    const request = () =>
      test.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: user.email } });
    expect((await request()).statusCode).toBe(202);
    expect(
      (
        await test.app.inject({
          method: 'POST',
          url: '/api/v1/auth/password-reset',
          payload: { email: 'ghost@example.org' },
        })
      ).statusCode,
    ).toBe(202);
    const mail = await test.db.kysely
      .selectFrom('mail_outbox')
      .selectAll()
      .where('recipient', '=', user.email)
      .executeTakeFirstOrThrow();
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.body)?.[1] ?? '';
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const complete = (newPassword: string) =>
      test.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/complete',
        payload: { token, newPassword },
      });
    const done = await complete('a brand new passphrase for me');
    expect(done.statusCode).toBe(204);
    expect(sessionCookieOf(done)).toBeUndefined();
    const reused = await complete('another brand new passphrase');
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ code: 'invalid_token' });
    expect((await signIn(test, user.email, 'a brand new passphrase for me', '10.5.0.1')).statusCode).toBe(
      200,
    );
  });

  it('A7: an expired reset link is refused', async () => {
    let now = FIXED_NOW;
    const clocked = await createTestApp(dialect, {}, () => now);
    try {
      const organisation = await makeOrganisation(clocked.db);
      const user = await makeUser(clocked.db, { organisationId: organisation.id });
      await clocked.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset',
        payload: { email: user.email },
      });
      const mail = await clocked.db.kysely.selectFrom('mail_outbox').select('body').executeTakeFirstOrThrow();
      const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.body)?.[1] ?? '';
      now = new Date(FIXED_NOW.getTime() + 31 * 60_000);
      const late = await clocked.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/complete',
        payload: { token, newPassword: 'a brand new passphrase for me' },
      });
      expect(late.json()).toMatchObject({ status: 400, code: 'invalid_token' });
    } finally {
      await clocked.close();
    }
  });

  it('A8: unknown e-mails and wrong passwords take about as long (Argon2 runs against a dummy hash)', async () => {
    const organisation = await makeOrganisation(test.db);
    // One account per try: an account throttled after five failures would answer early and fast.
    const users = await Promise.all(
      Array.from({ length: 12 }, () => makeUser(test.db, { organisationId: organisation.id })),
    );
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const time = async (email: string, index: number) => {
      const started = process.hrtime.bigint();
      await signIn(test, email, 'some wrong password', `10.6.${index}.1`);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let index = 0; index < 12; index += 1) {
      unknown.push(await time(`ghost${index}@example.org`, index));
      wrong.push(await time(users[index]?.email ?? '', index + 100));
    }
    // Wide bounds: this guards against skipping Argon2 for unknown users (a 10× difference), not jitter.
    expect(median(unknown) / median(wrong)).toBeGreaterThan(0.5);
    expect(median(unknown) / median(wrong)).toBeLessThan(2);
  });
});

describe('first administrator', () => {
  it('A6: a fresh platform has no default accounts; setup needs the one-time token and happens once', async () => {
    const test = await createTestApp('sqlite');
    try {
      for (const [email, password] of [
        ['admin', 'admin'],
        ['admin@example.org', 'admin'],
        ['root', 'root'],
      ]) {
        expect((await signIn(test, email ?? '', password ?? '', '10.3.0.1')).statusCode).toBe(401);
      }
      expect((await test.app.inject('/api/v1/setup')).json()).toEqual({ needed: true });
      const body = (token: string) => ({
        token,
        organisation: { name: { es: 'Secretaría', en: 'Secretariat' }, type: '40' },
        administrator: { email: 'first.admin@example.org', name: 'First Admin', password: GOOD_PASSWORD },
      });
      const forged = await test.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: body('x'.repeat(43)),
      });
      expect(forged.json()).toMatchObject({ status: 403, code: 'setup_not_allowed' });

      const link = await issueSetupLink({ ctx: testContext(test.db) });
      const token = /#token=(.+)$/.exec(link ?? '')?.[1] ?? '';
      const badCountry = await test.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { ...body(token), organisation: { ...body(token).organisation, countryCode: 'ZZ' } },
      });
      expect(badCountry.json()).toMatchObject({
        status: 400,
        errors: [{ path: 'body.organisation.countryCode' }],
      });
      const created = await test.app.inject({ method: 'POST', url: '/api/v1/setup', payload: body(token) });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ state: 'mfa_enrolment' });
      const again = await test.app.inject({ method: 'POST', url: '/api/v1/setup', payload: body(token) });
      expect(again.json()).toMatchObject({ status: 403, code: 'setup_not_allowed' });
      expect(await issueSetupLink({ ctx: testContext(test.db) })).toBeNull();
    } finally {
      await test.close();
    }
  });
});
