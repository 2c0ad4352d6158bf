import { can, permissionRule, requireUser } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { PageQuery, toPage } from '@/platform/pagination';
import { parseInput } from '@/platform/validation';
import { z } from 'zod';
import { findGrants, findUserPage } from './user.repository';
import { toUserOutput } from './user.mapper';
import type { UserOutput } from './user.schemas';

export const ListUsersQuery = PageQuery.extend({
  organisationId: z.string().max(40).optional().describe('only users of this organisation'),
});
export type ListUsersQuery = z.input<typeof ListUsersQuery>;

/**
 * Lists the users the actor may read: administrators those within their grants' scopes, everyone the
 * users of their own organisation. Administrative fields only for users the actor administers.
 * @throws AppError `unauthenticated`; ValidationError
 */
export async function listUsers({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ListUsersQuery;
}): Promise<{ items: UserOutput[]; nextCursor: string | null }> {
  const actor = ctx.actor.type === 'user' ? ctx.actor : undefined;
  if (ctx.actor.type === 'anonymous') {
    requireUser(ctx.actor);
  }
  const query = parseInput(ListUsersQuery, input, 'query');
  const adminRoles = permissionRule('user.read').roles as readonly string[];
  const scopes =
    actor === undefined
      ? null
      : [
          { organisationId: actor.organisationId, countryCode: null },
          ...actor.grants.filter((grant) => adminRoles.includes(grant.role)),
        ];
  const global = scopes?.some((scope) => scope.organisationId === null && scope.countryCode === null) ?? true;
  const rows = await findUserPage(ctx.db, { ...query, scopes: global ? null : scopes });
  const page = toPage(rows, query.limit, (row) => row.id);
  const grants = await findGrants(
    ctx.db,
    page.items.map((row) => row.id),
  );
  return {
    items: page.items.map((row) =>
      toUserOutput(
        row,
        grants,
        can(ctx.actor, 'user.update', {
          organisationId: row.organisation_id,
          countryCode: row.organisation_country,
        }),
      ),
    ),
    nextCursor: page.nextCursor,
  };
}
