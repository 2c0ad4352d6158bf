import { z } from 'zod';
import { authorize, type Permission } from '@/modules/access';
import { actorId, recordAudit } from '@/modules/audit';
import { withTransaction, type Actor, type ServiceContext } from '@/platform/context';
import { AppError, NotFoundError, PreconditionFailedError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { findActivityRow, loadActivityOutput } from './activity.repository';
import { activityTarget } from './activity-row';
import type { ActivityOutput } from './activity.schemas';
import type { ActivityTable } from './activity.table';

export const WORKFLOW_ACTIONS = ['submit', 'return', 'approve', 'publish', 'unpublish'] as const;
export const WorkflowActionInput = z.strictObject({ action: z.enum(WORKFLOW_ACTIONS) });
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

type State = ActivityTable['workflow_state'];

/** The workflow: draft → submitted → approved → published; a reviewer may return a submission. */
const TRANSITIONS: Record<WorkflowAction, { from: State; to: State; permission: Permission }> = {
  submit: { from: 'draft', to: 'submitted', permission: 'activity.update' },
  return: { from: 'submitted', to: 'draft', permission: 'activity.approve' },
  approve: { from: 'submitted', to: 'approved', permission: 'activity.approve' },
  publish: { from: 'approved', to: 'published', permission: 'activity.approve' },
  unpublish: { from: 'published', to: 'approved', permission: 'activity.approve' },
};

/** How the workflow names who took a step: a person by e-mail, others by their audit id. */
function whoIs(actor: Actor): string {
  return actor.type === 'user' ? actor.email : actorId(actor);
}

/** Who and when, for the step taken. */
function stampFor(action: WorkflowAction, who: string, when: string): Partial<ActivityTable> {
  switch (action) {
    case 'submit':
      return { submitted_at: when, submitted_by: who };
    case 'approve':
      return { approved_at: when, approved_by: who };
    case 'publish':
      return { published_at: when, published_by: who };
    case 'return':
      return { submitted_at: null, submitted_by: null };
    case 'unpublish':
      return { published_at: null, published_by: null };
  }
}

/**
 * Moves an activity one step along its approval workflow, recording who and when.
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError; AppError `workflow_transition_not_allowed`
 */
export async function changeActivityWorkflow({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; expectedVersion: number; body: { action: WorkflowAction } };
}): Promise<ActivityOutput> {
  authorize(ctx.actor, 'activity.read');
  const { action } = parseInput(WorkflowActionInput, input.body, 'body');
  const transition = TRANSITIONS[action];
  return withTransaction(ctx, async (trx) => {
    const before = await findActivityRow(trx, input.id);
    if (before === undefined) {
      throw new NotFoundError('activity_not_found', input.id);
    }
    authorize(ctx.actor, transition.permission, activityTarget(before));
    if (before.version !== input.expectedVersion) {
      throw new PreconditionFailedError();
    }
    if (before.workflow_state !== transition.from) {
      throw new AppError('workflow_transition_not_allowed', undefined, {
        state: before.workflow_state,
        action,
      });
    }
    const now = ctx.now().toISOString();
    const changes = {
      workflow_state: transition.to,
      ...stampFor(action, whoIs(ctx.actor), now),
      updated_at: now,
      version: before.version + 1,
    };
    const updated = await trx
      .updateTable('activity')
      .set(changes)
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) {
      throw new PreconditionFailedError();
    }
    await recordAudit(trx, ctx, {
      action: 'activity.workflow',
      entity: 'activity',
      entityId: before.id,
      details: { action, from: before.workflow_state, to: transition.to },
    });
    return loadActivityOutput(trx, before.id);
  });
}
