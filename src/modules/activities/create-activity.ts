import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { parseInput } from '@/platform/validation';
import { checkActivityFields } from './check-activity';
import { loadActivityOutput, writeActivityParts } from './activity.repository';
import { activityColumns, activityTarget } from './activity-row';
import { ActivityInput, type ActivityOutput } from './activity.schemas';
import type { ActivityTable } from './activity.table';

/**
 * Records a programme, project or activity as a draft.
 * @throws ForbiddenError; ValidationError `validation_failed`; ConflictError `conflict` (identifier)
 */
export async function createActivity({
  ctx,
  input,
  demo = false,
}: {
  ctx: ServiceContext;
  input: ActivityInput;
  /** Marks the record as part of the fictional demo portfolio (only `carsi demo` does). */
  demo?: boolean;
}): Promise<ActivityOutput> {
  authorize(ctx.actor, 'activity.create');
  const fields = parseInput(ActivityInput, input, 'body');
  return withTransaction(ctx, async (trx) => {
    const columns = activityColumns(fields);
    authorize(ctx.actor, 'activity.create', activityTarget(columns));
    await checkActivityFields(trx, fields);
    const now = ctx.now().toISOString();
    const row: ActivityTable = {
      id: uuidv7(ctx.now()),
      ...columns,
      workflow_state: 'draft',
      submitted_at: null,
      submitted_by: null,
      approved_at: null,
      approved_by: null,
      published_at: null,
      published_by: null,
      is_demo: demo ? 1 : 0,
      iati_extensions: null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('activity').values(row).execute();
    await writeActivityParts(trx, row.id, fields);
    const output = await loadActivityOutput(trx, row.id);
    await recordAudit(trx, ctx, {
      action: 'activity.create',
      entity: 'activity',
      entityId: row.id,
      details: { after: output },
    });
    return output;
  });
}
