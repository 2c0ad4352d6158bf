import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@/http/app';
import { loadConfig } from '@/platform/config';
import { createLogger } from '@/platform/logger';
import { createSeededTestDb, FIXED_NOW, TEST_SECURITY, type TestDb } from '../db';
import { makeOrganisation, makeUser, signInOverHttp, tokenFor } from '../identity';

/** The real app with its real logger writing into memory, so tests read what operators would. */
async function appWithCapturedLogs() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((line) => line !== ''),
      );
      done();
    },
  });
  const db = await createSeededTestDb('sqlite');
  const app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test' }),
    db,
    logger: createLogger({ logLevel: 'info' }, sink),
    security: TEST_SECURITY,
    now: () => FIXED_NOW,
    webDir: '/nonexistent',
  });
  return { app, db, lines };
}

describe('security logging', () => {
  let captured: Awaited<ReturnType<typeof appWithCapturedLogs>>;
  let db: TestDb;
  beforeAll(async () => {
    captured = await appWithCapturedLogs();
    db = captured.db;
  });
  afterAll(async () => {
    await captured.app.close();
    await db.destroy();
  });
  const events = (name: string) =>
    captured.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.event === name);

  it('L1: sign-in successes, failures and denials are logged with who, what, when and where', async () => {
    const organisation = await makeOrganisation(db);
    const user = await makeUser(db, { organisationId: organisation.id, role: 'viewer' });
    await signInOverHttp(captured.app, user.email, user.password);
    await captured.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: user.email, password: 'not my password at all' },
    });
    await captured.app.inject({
      url: '/api/v1/audit-events',
      headers: { authorization: `Bearer ${await tokenFor(db, user.id)}` },
    });
    expect(events('sign_in').at(-1)).toMatchObject({ userId: user.id, time: expect.any(Number) });
    expect(events('sign_in_failure').at(-1)).toMatchObject({ email: user.email, clientAddress: '127.0.0.1' });
    expect(events('access_denied').at(-1)).toMatchObject({
      policy: 'audit.read',
      actor: 'user',
      url: '/api/v1/audit-events',
    });
  });

  it('L2: no password, session cookie or bearer token ever reaches the log', async () => {
    const organisation = await makeOrganisation(db);
    const user = await makeUser(db, { organisationId: organisation.id, role: 'viewer' });
    const session = await signInOverHttp(captured.app, user.email, user.password);
    const token = await tokenFor(db, user.id);
    await captured.app.inject({
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${token}`, cookie: session.cookie },
    });
    const sessionId = session.cookie.split('=')[1] ?? '';
    const output = captured.lines.join('\n');
    for (const secret of [user.password, token, sessionId, session.csrfToken]) {
      expect(output).not.toContain(secret);
    }
  });

  it('L3: control characters in user input stay inside one JSON-escaped log line', async () => {
    const before = captured.lines.length;
    const email = 'mallory@example.org\r\n{"level":60,"msg":"forged"}\u001b[31m';
    await captured.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: 'whatever it may be' },
    });
    const added = captured.lines
      .slice(before)
      .map((line) => JSON.parse(line) as { level: number; msg: string; email?: string });
    expect(added.some((entry) => entry.level === 60 || entry.msg === 'forged')).toBe(false);
    expect(added.find((entry) => entry.email !== undefined)?.email).toBe(email.trim().toLowerCase());
  });

  it('L5: reading the mail outbox (which holds reset links) is audited without the messages', async () => {
    const organisation = await makeOrganisation(db);
    const admin = await makeUser(db, {
      organisationId: organisation.id,
      role: 'admin',
      scope: { organisationId: null, countryCode: null },
    });
    await captured.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: admin.email },
    });
    const response = await captured.app.inject({
      url: '/api/v1/mail-outbox',
      headers: { authorization: `Bearer ${await tokenFor(db, admin.id)}` },
    });
    const message = response.json<{ items: { id: string; body: string }[] }>().items[0];
    const reads = await db.kysely
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'mail_outbox.read')
      .execute();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor_id: admin.id, entity: 'mail_outbox' });
    expect(reads[0]?.details).toContain(message?.id ?? 'missing');
    expect(reads[0]?.details).not.toContain('#token=');
  });
});
