import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { maintainFundingCube } from '@/modules/funding-cube';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { toTransactionOutput } from './funding.mapper';
import { loadMoneyForChange } from './money-record';

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
      const { activity, before } = await loadMoneyForChange(trx, ctx.actor, 'funding_transaction', input);
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
