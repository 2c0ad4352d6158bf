import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPasswordReset } from '@/modules/identity';
import { createSeededTestDb, testContext, type TestDb } from '../../test/db';
import { makeOrganisation, makeUser } from '../../test/identity';
import { startMailSender } from './mail-sender.job';

describe('mail sender', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb('sqlite');
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('delivers a password-reset message through the configured SMTP server', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as { port: number };
    const organisation = await makeOrganisation(db);
    const user = await makeUser(db, { organisationId: organisation.id });
    await requestPasswordReset({ ctx: testContext(db), input: { email: user.email } });

    const sender = startMailSender({
      ctx: testContext(db, { now: () => new Date() }),
      smtpUrl: `smtp://127.0.0.1:${port}/?ignoreTLS=true`,
      from: 'CARSI <no-reply@carsi.test>',
    });
    try {
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      expect(received[0]).toContain(`To: ${user.email}`);
      expect(received[0]).toContain('From: CARSI <no-reply@carsi.test>');
      expect(received[0]).toMatch(/reset-password#token=/);
    } finally {
      await sender.stop();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
    const row = await db.kysely.selectFrom('mail_outbox').select('sent_at').executeTakeFirstOrThrow();
    expect(row.sent_at).not.toBeNull();
  });
});
