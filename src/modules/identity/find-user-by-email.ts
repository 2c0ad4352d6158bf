import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { findUserByEmail } from './user.repository';

/** The id of the user with this e-mail, for operators' commands. @throws NotFoundError `not_found` */
export async function findUserIdByEmail({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { email: string };
}): Promise<string> {
  authorize(ctx.actor, 'user.read');
  const user = await findUserByEmail(ctx.db, input.email.trim());
  if (user === undefined) {
    throw new NotFoundError('not_found', input.email);
  }
  return user.id;
}
