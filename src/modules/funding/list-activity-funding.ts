import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { toBudgetOutput, toTransactionOutput } from './funding.mapper';
import type { BudgetOutput, TransactionOutput } from './funding.schemas';

/**
 * The transactions and budgets of one activity, by date.
 * @throws AppError `unauthenticated`; NotFoundError `activity_not_found`
 */
export async function listActivityFunding({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { activityId: string };
}): Promise<{ transactions: TransactionOutput[]; budgets: BudgetOutput[] }> {
  authorize(ctx.actor, 'funding.read');
  const activity = await ctx.db
    .selectFrom('activity')
    .select('id')
    .where('id', '=', input.activityId)
    .executeTakeFirst();
  if (activity === undefined) {
    throw new NotFoundError('activity_not_found', input.activityId);
  }
  const [transactions, budgets] = await Promise.all([
    ctx.db
      .selectFrom('funding_transaction')
      .selectAll()
      .where('activity_id', '=', activity.id)
      .orderBy('value_date')
      .orderBy('id')
      .execute(),
    ctx.db
      .selectFrom('budget')
      .selectAll()
      .where('activity_id', '=', activity.id)
      .orderBy('period_start')
      .orderBy('id')
      .execute(),
  ]);
  return { transactions: transactions.map(toTransactionOutput), budgets: budgets.map(toBudgetOutput) };
}
