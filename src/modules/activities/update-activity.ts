import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { maintainFundingCube } from '@/modules/funding-cube';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { PreconditionFailedError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { checkActivityFields } from './check-activity';
import { loadActivityOutput, writeActivityParts } from './activity.repository';
import { activityColumns, activityTarget } from './activity-row';
import { toActivityFields } from './activity.mapper';
import { ActivityPatch, type ActivityFields, type ActivityOutput } from './activity.schemas';

/**
 * Changes an activity if it is still at `expectedVersion` (optimistic concurrency); lists sent replace
 * the whole list. The workflow state is kept; the change is in the record's history.
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError `precondition_failed`; ValidationError; ConflictError
 */
export async function updateActivity({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; expectedVersion: number; patch: ActivityPatch };
}): Promise<ActivityOutput> {
  authorize(ctx.actor, 'activity.update');
  const patch = parseInput(ActivityPatch, input.patch, 'body');
  return withTransaction(ctx, async (trx) =>
    maintainFundingCube(trx, [input.id], async () => {
      const before = await loadActivityOutput(trx, input.id);
      authorize(ctx.actor, 'activity.update', activityTarget(activityColumns(toActivityFields(before))));
      if (before.version !== input.expectedVersion) {
        throw new PreconditionFailedError();
      }
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const fields: ActivityFields = { ...toActivityFields(before), ...defined };
      const columns = activityColumns(fields);
      authorize(ctx.actor, 'activity.update', activityTarget(columns));
      await checkActivityFields(trx, fields, before.id);
      const updated = await trx
        .updateTable('activity')
        .set({ ...columns, updated_at: ctx.now().toISOString(), version: before.version + 1 })
        .where('id', '=', before.id)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (updated.numUpdatedRows !== 1n) {
        throw new PreconditionFailedError();
      }
      await writeActivityParts(trx, before.id, fields);
      const after = await loadActivityOutput(trx, before.id);
      const changedFields = (Object.keys(defined) as (keyof ActivityOutput)[]).filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      );
      await recordAudit(trx, ctx, {
        action: 'activity.update',
        entity: 'activity',
        entityId: before.id,
        details: { before, after, changedFields },
      });
      return after;
    }),
  );
}
