import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { findActivityRow, loadActivityOutput } from './activity.repository';
import type { ActivityOutput } from './activity.schemas';

/** One activity with all its parts. @throws AppError `unauthenticated`; NotFoundError `activity_not_found` */
export async function getActivity({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<ActivityOutput> {
  authorize(ctx.actor, 'activity.read');
  return loadActivityOutput(ctx.db, input.id);
}

/**
 * The current version of an activity, so a change can be refused as stale before its body is read.
 * @throws AppError `unauthenticated`; NotFoundError `activity_not_found`
 */
export async function getActivityVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<number> {
  authorize(ctx.actor, 'activity.read');
  const row = await findActivityRow(ctx.db, input.id);
  if (row === undefined) {
    throw new NotFoundError('activity_not_found', input.id);
  }
  return row.version;
}
