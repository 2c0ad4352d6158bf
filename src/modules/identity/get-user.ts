import { authorize, can } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { findGrants, findUserById, organisationCountry } from './user.repository';
import { toUserOutput } from './user.mapper';
import type { UserOutput } from './user.schemas';

/**
 * Returns one user the actor may read. A user outside the actor's reach is reported as not found, so its
 * existence is not revealed.
 * @throws AppError `unauthenticated`; NotFoundError `not_found`
 */
export async function getUser({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<UserOutput> {
  const row = await findUserById(ctx.db, input.id);
  const target = row && {
    organisationId: row.organisation_id,
    countryCode: (await organisationCountry(ctx.db, row.organisation_id)) ?? null,
  };
  if (row === undefined || target === undefined || !can(ctx.actor, 'user.read', target)) {
    if (ctx.actor.type === 'anonymous') {
      authorize(ctx.actor, 'user.read');
    }
    throw new NotFoundError('not_found', input.id);
  }
  return toUserOutput(row, await findGrants(ctx.db, [row.id]), can(ctx.actor, 'user.update', target));
}
