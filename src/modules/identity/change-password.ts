import { z } from 'zod';
import { recordAudit } from '@/modules/audit';
import { requireUser } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { AppError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { assertAcceptablePassword } from './password-policy';
import { hashPassword, verifyPassword } from './password-hash';
import { findUserById } from './user.repository';

export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
});
export type ChangePasswordInput = z.input<typeof ChangePasswordInput>;

/**
 * Changes the signed-in user's password after checking the current one, and ends their other sessions.
 * @throws AppError `unauthenticated`, `wrong_password`; ValidationError (password policy)
 */
export async function changePassword({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ChangePasswordInput;
}): Promise<void> {
  const actor = requireUser(ctx.actor);
  const body = parseInput(ChangePasswordInput, input, 'body');
  assertAcceptablePassword(body.newPassword, 'body.newPassword');
  const user = await findUserById(ctx.db, actor.userId);
  if (user === undefined || !(await verifyPassword(user.password_hash, body.currentPassword))) {
    throw new AppError('wrong_password');
  }
  const passwordHash = await hashPassword(body.newPassword);
  await withTransaction(ctx, async (trx) => {
    const now = ctx.now().toISOString();
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    let others = trx
      .updateTable('user_session')
      .set({ revoked_at: now })
      .where('user_id', '=', user.id)
      .where('revoked_at', 'is', null);
    if (actor.via === 'session') {
      others = others.where('id_hash', '!=', actor.credentialId);
    }
    await others.execute();
    await recordAudit(trx, ctx, { action: 'user.password_change', entity: 'user', entityId: user.id });
  });
}
