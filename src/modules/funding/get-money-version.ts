import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';

/**
 * The current version of a transaction or budget of an activity, so a stale change is refused before
 * its body is read.
 * @throws AppError `unauthenticated`; NotFoundError `transaction_not_found` / `budget_not_found`
 */
export async function getMoneyVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { kind: 'transaction' | 'budget'; activityId: string; id: string };
}): Promise<number> {
  authorize(ctx.actor, 'funding.read');
  const row = await ctx.db
    .selectFrom(input.kind === 'transaction' ? 'funding_transaction' : 'budget')
    .select('version')
    .where('id', '=', input.id)
    .where('activity_id', '=', input.activityId)
    .executeTakeFirst();
  if (row === undefined) {
    throw new NotFoundError(
      input.kind === 'transaction' ? 'transaction_not_found' : 'budget_not_found',
      input.id,
    );
  }
  return row.version;
}
