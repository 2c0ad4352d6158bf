import type { ServiceContext } from '@/platform/context';

/** How the platform hands a message to SMTP; nodemailer's transport satisfies it. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

const BATCH = 20;
/** After this many failures a message is left in the outbox for administrators to see. */
export const MAX_ATTEMPTS = 8;

/**
 * Sends queued messages through SMTP, oldest first, marking each sent; a failure is recorded and retried
 * after 1, 2, 4… minutes. Safe to run concurrently with itself: a message is claimed before it is sent.
 */
export async function deliverPendingMail({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { transport: MailTransport; from: string };
}): Promise<{ sent: number; failed: number }> {
  const now = ctx.now();
  const pending = await ctx.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('attempts', '<', MAX_ATTEMPTS)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now.toISOString())]))
    .orderBy('id')
    .limit(BATCH)
    .execute();
  let sent = 0;
  let failed = 0;
  for (const message of pending) {
    // Claim: push the next try into the future so a parallel sender skips this message.
    const retryAt = new Date(now.getTime() + 2 ** message.attempts * 60_000).toISOString();
    const claimed = await ctx.db
      .updateTable('mail_outbox')
      .set({ attempts: message.attempts + 1, next_attempt_at: retryAt })
      .where('id', '=', message.id)
      .where('attempts', '=', message.attempts)
      .executeTakeFirst();
    if (claimed.numUpdatedRows !== 1n) {
      continue;
    }
    try {
      await input.transport.sendMail({
        from: input.from,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
      });
      await ctx.db
        .updateTable('mail_outbox')
        .set({ sent_at: ctx.now().toISOString(), last_error: null })
        .where('id', '=', message.id)
        .execute();
      sent += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
      await ctx.db
        .updateTable('mail_outbox')
        .set({ last_error: reason })
        .where('id', '=', message.id)
        .execute();
      ctx.log.warn(
        { event: 'mail_delivery_failed', messageId: message.id, attempt: message.attempts + 1, reason },
        'mail',
      );
      failed += 1;
    }
  }
  return { sent, failed };
}
