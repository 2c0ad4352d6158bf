import { recordAudit } from '@/modules/audit';
import { authorize, can } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { NotFoundError, PreconditionFailedError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { findGrants, findUserById, organisationCountry } from './user.repository';
import { auditableUser, toUserOutput } from './user.mapper';
import { UpdateUserInput, type UserOutput } from './user.schemas';
import type { AppUserTable } from './user.table';

/**
 * Renames, changes the language of, disables or re-enables a user at `expectedVersion`. Disabling ends the
 * user's sessions at once (SECURITY.md S4).
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError `precondition_failed`; ValidationError
 */
export async function updateUser({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; expectedVersion: number; patch: UpdateUserInput };
}): Promise<UserOutput> {
  const patch = parseInput(UpdateUserInput, input.patch, 'body');
  return withTransaction(ctx, async (trx) => {
    const before = await findUserById(trx, input.id);
    const target = before && {
      organisationId: before.organisation_id,
      countryCode: (await organisationCountry(trx, before.organisation_id)) ?? null,
    };
    if (before === undefined || target === undefined || !can(ctx.actor, 'user.read', target)) {
      throw new NotFoundError('not_found', input.id);
    }
    authorize(ctx.actor, 'user.update', target);
    if (before.version !== input.expectedVersion) {
      throw new PreconditionFailedError();
    }
    const now = ctx.now().toISOString();
    const after: AppUserTable = {
      ...before,
      name: patch.name ?? before.name,
      language: patch.language ?? before.language,
      disabled_at:
        patch.disabled === undefined
          ? before.disabled_at
          : patch.disabled
            ? (before.disabled_at ?? now)
            : null,
      updated_at: now,
      version: before.version + 1,
    };
    const result = await trx
      .updateTable('app_user')
      .set(after)
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) {
      throw new PreconditionFailedError();
    }
    if (after.disabled_at !== null) {
      await trx
        .updateTable('user_session')
        .set({ revoked_at: now })
        .where('user_id', '=', before.id)
        .where('revoked_at', 'is', null)
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: 'user.update',
      entity: 'user',
      entityId: before.id,
      details: { before: auditableUser(before), after: auditableUser(after) },
    });
    return toUserOutput(after, await findGrants(trx, [after.id]), true);
  });
}
