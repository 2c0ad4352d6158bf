import { z } from 'zod';
import { requireUser } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { AppError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { verifyPassword } from './password-hash';
import { findUserById } from './user.repository';

export const ReauthenticateInput = z.strictObject({ password: z.string().max(1024) });
export type ReauthenticateInput = z.input<typeof ReauthenticateInput>;

/**
 * Confirms the password of the signed-in session's user and marks the session freshly authenticated, which
 * sensitive actions require (SECURITY.md S5).
 * @throws AppError `unauthenticated`, `wrong_password`
 */
export async function reauthenticate({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ReauthenticateInput;
}): Promise<void> {
  const actor = requireUser(ctx.actor);
  const { password } = parseInput(ReauthenticateInput, input, 'body');
  const user = await findUserById(ctx.db, actor.userId);
  if (
    actor.via !== 'session' ||
    user === undefined ||
    !(await verifyPassword(user.password_hash, password))
  ) {
    throw new AppError('wrong_password');
  }
  await ctx.db
    .updateTable('user_session')
    .set({ authenticated_at: ctx.now().toISOString() })
    .where('id_hash', '=', actor.credentialId)
    .execute();
}
