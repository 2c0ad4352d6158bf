import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { findOrganisation } from './organisation.repository';
import { toOrganisationOutput } from './organisation.mapper';
import type { OrganisationOutput } from './organisation.schemas';

/** Returns one organisation. @throws AppError `unauthenticated`; NotFoundError `not_found` */
export async function getOrganisation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<OrganisationOutput> {
  authorize(ctx.actor, 'organisation.read');
  const row = await findOrganisation(ctx.db, input.id);
  if (row === undefined) {
    throw new NotFoundError('not_found', input.id);
  }
  return toOrganisationOutput(row);
}
