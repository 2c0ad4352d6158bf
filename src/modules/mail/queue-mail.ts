import type { Transaction } from 'kysely';
import type { ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { Database } from '@/platform/db/database';

/** Puts a message in the outbox, in the caller's transaction: it exists exactly when the change does. */
export async function queueMail(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  message: { to: string; subject: string; body: string },
): Promise<void> {
  await trx
    .insertInto('mail_outbox')
    .values({
      id: uuidv7(ctx.now()),
      recipient: message.to,
      subject: message.subject,
      body: message.body,
      created_at: ctx.now().toISOString(),
      sent_at: null,
    })
    .execute();
}
