import { recordAudit } from '@/modules/audit';
import { authorize, can, requireRecentAuthentication } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { NotFoundError, PreconditionFailedError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { checkGrants } from './check-grants';
import { findGrants, findUserById, organisationCountry } from './user.repository';
import { toUserOutput } from './user.mapper';
import { SetGrantsInput, type UserOutput } from './user.schemas';

/**
 * Replaces a user's grants (roles and scopes) if the user is still at `expectedVersion`.
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError; ValidationError
 */
export async function setUserGrants({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; expectedVersion: number; body: SetGrantsInput };
}): Promise<UserOutput> {
  const { grants } = parseInput(SetGrantsInput, input.body, 'body');
  return withTransaction(ctx, async (trx) => {
    const user = await findUserById(trx, input.id);
    const target = user && {
      organisationId: user.organisation_id,
      countryCode: (await organisationCountry(trx, user.organisation_id)) ?? null,
    };
    if (user === undefined || target === undefined || !can(ctx.actor, 'user.read', target)) {
      throw new NotFoundError('not_found', input.id);
    }
    authorize(ctx.actor, 'user.grant', target);
    requireRecentAuthentication(ctx.actor, ctx.now());
    if (user.version !== input.expectedVersion) {
      throw new PreconditionFailedError();
    }
    const before = await findGrants(trx, [user.id]);
    // Removing a grant is also handing out power over its scope: the actor must hold both ends.
    await checkGrants(trx, ctx.actor, [
      ...grants,
      ...before.map((grant) => ({
        role: grant.role,
        organisationId: grant.organisation_id,
        countryCode: grant.country_code,
      })),
    ]);
    const now = ctx.now();
    await trx.deleteFrom('role_grant').where('user_id', '=', user.id).execute();
    for (const grant of grants) {
      await trx
        .insertInto('role_grant')
        .values({
          id: uuidv7(now),
          user_id: user.id,
          role: grant.role,
          organisation_id: grant.organisationId,
          country_code: grant.countryCode,
          created_at: now.toISOString(),
        })
        .execute();
    }
    const updated = { ...user, version: user.version + 1, updated_at: now.toISOString() };
    await trx
      .updateTable('app_user')
      .set({ version: updated.version, updated_at: updated.updated_at })
      .where('id', '=', user.id)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'user.grants_set',
      entity: 'user',
      entityId: user.id,
      details: {
        before: before.map((grant) => ({
          role: grant.role,
          organisationId: grant.organisation_id,
          countryCode: grant.country_code,
        })),
        after: grants,
      },
    });
    return toUserOutput(updated, await findGrants(trx, [user.id]), true);
  });
}
