import { authorize } from '@/modules/access';
import { listEntityHistory, type HistoryEntryOutput } from '@/modules/audit';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { findActivityRow } from './activity.repository';

/**
 * Every change of an activity and of its money (transactions and budgets, including deleted ones),
 * oldest first, with who made it.
 * @throws AppError `unauthenticated`; NotFoundError `activity_not_found`
 */
export async function listActivityHistory({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<{ items: HistoryEntryOutput[] }> {
  authorize(ctx.actor, 'activity.read');
  if ((await findActivityRow(ctx.db, input.id)) === undefined) {
    throw new NotFoundError('activity_not_found', input.id);
  }
  // Money records name their activity in the audit entry's key, `<activity id>/<record id>`.
  const money = await ctx.db
    .selectFrom('audit_event')
    .select(['entity', 'entity_id'])
    .distinct()
    .where('entity', 'in', ['funding_transaction', 'budget'])
    .where('entity_id', 'like', `${input.id}/%`)
    .execute();
  const items = await listEntityHistory(ctx.db, [
    { entity: 'activity', entityId: input.id },
    ...money.map((row) => ({ entity: row.entity, entityId: row.entity_id })),
  ]);
  return { items };
}
