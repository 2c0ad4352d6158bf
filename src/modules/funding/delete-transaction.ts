import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { maintainFundingCube } from '@/modules/funding-cube';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { NotFoundError, PreconditionFailedError } from '@/platform/errors';
import { toTransactionOutput } from './funding.mapper';
import { assertPeriodOpen, loadFundedActivity } from './money-record';

/**
 * Deletes a transaction still at `expectedVersion`; the audit entry keeps what it was.
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError; AppError `period_locked`
 */
export async function deleteTransaction({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { activityId: string; id: string; expectedVersion: number };
}): Promise<void> {
  authorize(ctx.actor, 'funding.write');
  await withTransaction(ctx, async (trx) =>
    maintainFundingCube(trx, [input.activityId], async () => {
      const activity = await loadFundedActivity(trx, ctx.actor, 'funding.write', input.activityId);
      const before = await trx
        .selectFrom('funding_transaction')
        .selectAll()
        .where('id', '=', input.id)
        .where('activity_id', '=', activity.id)
        .executeTakeFirst();
      if (before === undefined) {
        throw new NotFoundError('transaction_not_found', input.id);
      }
      if (before.version !== input.expectedVersion) {
        throw new PreconditionFailedError();
      }
      await assertPeriodOpen(trx, activity.reportingOrgId, before.fiscal_year);
      await trx.deleteFrom('funding_transaction').where('id', '=', before.id).execute();
      await recordAudit(trx, ctx, {
        action: 'transaction.delete',
        entity: 'funding_transaction',
        entityId: `${activity.id}/${before.id}`,
        details: { before: toTransactionOutput(before) },
      });
    }),
  );
}
