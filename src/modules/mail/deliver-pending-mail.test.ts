import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '@/platform/context';
import { createTestDb, FIXED_NOW, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { deliverPendingMail, MAX_ATTEMPTS } from './deliver-pending-mail';
import { queueMail } from './queue-mail';

interface Received {
  to: string[];
  data: string;
}

/** A real SMTP server on loopback that records what it receives, or refuses every recipient. */
async function startSmtp(refuse = false) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      callback(
        refuse
          ? Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 })
          : undefined,
      );
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    received,
    transport: nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(TEST_DIALECTS)('mail delivery on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('sends queued mail through a real SMTP server once, and marks it sent', async () => {
    const smtp = await startSmtp();
    try {
      const ctx = testContext(db);
      await withTransaction(ctx, (trx) =>
        queueMail(trx, ctx, {
          to: 'ana@example.org',
          subject: 'Restablecer su contraseña',
          body: 'Enlace: https://x/#token=abc',
        }),
      );
      expect(
        await deliverPendingMail({
          ctx,
          input: { transport: smtp.transport, from: 'CARSI <no-reply@carsi.test>' },
        }),
      ).toEqual({ sent: 1, failed: 0 });
      expect(
        await deliverPendingMail({
          ctx,
          input: { transport: smtp.transport, from: 'CARSI <no-reply@carsi.test>' },
        }),
      ).toEqual({ sent: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]?.to).toEqual(['ana@example.org']);
      expect(smtp.received[0]?.data).toMatch(/Subject: =\?UTF-8\?Q\?Restablecer_su_contrase/);
      const row = await db.kysely.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ sent_at: FIXED_NOW.toISOString(), attempts: 1, last_error: null });
    } finally {
      await smtp.close();
    }
  });

  it('records a refusal, backs off, and stops after the last attempt, keeping the message', async () => {
    const smtp = await startSmtp(true);
    try {
      const ctx = testContext(db);
      await withTransaction(ctx, (trx) =>
        queueMail(trx, ctx, { to: 'nobody@example.org', subject: 'x', body: 'y' }),
      );
      expect(await deliverPendingMail({ ctx, input: { transport: smtp.transport, from: 'a@b.c' } })).toEqual({
        sent: 0,
        failed: 1,
      });
      // Backing off: an immediate second run does not retry.
      expect(await deliverPendingMail({ ctx, input: { transport: smtp.transport, from: 'a@b.c' } })).toEqual({
        sent: 0,
        failed: 0,
      });
      let later = FIXED_NOW.getTime();
      for (let attempt = 2; attempt <= MAX_ATTEMPTS + 1; attempt += 1) {
        later += 2 ** attempt * 60_000;
        await deliverPendingMail({
          ctx: testContext(db, { now: () => new Date(later) }),
          input: { transport: smtp.transport, from: 'a@b.c' },
        });
      }
      const row = await db.kysely
        .selectFrom('mail_outbox')
        .selectAll()
        .where('recipient', '=', 'nobody@example.org')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ sent_at: null, attempts: MAX_ATTEMPTS });
      expect(row.last_error).toMatch(/550/);
    } finally {
      await smtp.close();
    }
  });
});
