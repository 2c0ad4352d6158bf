import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { sha256Hex } from '@/platform/crypto/secrets';
import { endSession } from './sessions';

/** Ends the session server-side: the cookie is worthless afterwards, even if copied (SECURITY.md S4). */
export async function signOut({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionId: string };
}): Promise<void> {
  const idHash = sha256Hex(input.sessionId);
  await withTransaction(ctx, async (trx) => {
    const session = await trx
      .selectFrom('user_session')
      .select(['user_id', 'revoked_at'])
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
    if (session === undefined || session.revoked_at !== null) {
      return;
    }
    await endSession(trx, idHash, ctx.now());
    await recordAudit(trx, ctx, { action: 'auth.sign_out', entity: 'user', entityId: session.user_id });
  });
}
