import { recordAudit } from '@/modules/audit';
import { authorize, requireRecentAuthentication } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { findSsoRuleById } from './sso-rule.repository';

/**
 * Removes a single sign-on rule. Accounts it already created stay as they are (disable them to end access);
 * only new people of the domain are no longer admitted.
 * @throws ForbiddenError; AppError `reauth_required`; NotFoundError `not_found`
 */
export async function deleteSsoRule({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<void> {
  authorize(ctx.actor, 'sso.manage');
  requireRecentAuthentication(ctx.actor, ctx.now());
  await withTransaction(ctx, async (trx) => {
    const row = await findSsoRuleById(trx, input.id);
    if (row === undefined) {
      throw new NotFoundError('not_found', input.id);
    }
    await trx.deleteFrom('sso_rule').where('id', '=', row.id).execute();
    await recordAudit(trx, ctx, {
      action: 'sso_rule.delete',
      entity: 'sso_rule',
      entityId: row.id,
      details: { before: row },
    });
  });
}
