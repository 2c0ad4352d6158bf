import { z } from 'zod';
import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { PageQuery, toPage } from '@/platform/pagination';
import { parseInput } from '@/platform/validation';

export const MailOutput = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'Mail' });
export type MailOutput = z.infer<typeof MailOutput>;

/** Lists the outbox, newest first: where mail waits when no SMTP server is configured. */
export async function listOutbox({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: Partial<PageQuery>;
}): Promise<{ items: MailOutput[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'mail.read');
  const page = parseInput(PageQuery, input, 'query');
  let query = ctx.db
    .selectFrom('mail_outbox')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.cursor !== undefined) {
    query = query.where('id', '<', page.cursor);
  }
  const result = toPage(await query.execute(), page.limit, (row) => row.id);
  // The outbox holds reset links, so reading it is recorded — which messages, never their content (L5).
  await withTransaction(ctx, (trx) =>
    recordAudit(trx, ctx, {
      action: 'mail_outbox.read',
      entity: 'mail_outbox',
      entityId: result.items[0]?.id ?? 'empty',
      details: { messageIds: result.items.map((row) => row.id) },
    }),
  );
  return {
    items: result.items.map((row) => ({
      id: row.id,
      to: row.recipient,
      subject: row.subject,
      body: row.body,
      createdAt: row.created_at,
      sentAt: row.sent_at,
    })),
    nextCursor: result.nextCursor,
  };
}
