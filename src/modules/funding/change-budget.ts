import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { PreconditionFailedError, ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { formatNanos, fromUnitsAndNanos } from '@/shared/money';
import { periodOrderProblems } from './check-budget';
import { toBudgetOutput } from './funding.mapper';
import { BudgetPatch, type BudgetOutput } from './funding.schemas';
import type { BudgetTable } from './funding.table';
import { assertPeriodOpen, fiscalYearFor, loadMoneyForChange, priceValue } from './money-record';

interface BudgetTarget {
  activityId: string;
  id: string;
  expectedVersion: number;
}

/**
 * Changes a budget still at `expectedVersion`; its dollar value is recomputed when value, currency or
 * value date change.
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError; ValidationError; AppError `period_locked`
 */
export async function updateBudget({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: BudgetTarget & { patch: BudgetPatch };
}): Promise<BudgetOutput> {
  authorize(ctx.actor, 'funding.write');
  const patch = parseInput(BudgetPatch, input.patch, 'body');
  return withTransaction(ctx, async (trx) => {
    const { activity, before } = await loadMoneyForChange(trx, ctx.actor, 'budget', input);
    const merged = {
      value: patch.value ?? formatNanos(fromUnitsAndNanos(before.amount_units, before.amount_nanos)),
      currency: patch.currency ?? before.currency,
      valueDate: patch.valueDate ?? before.value_date,
      periodStart: patch.periodStart ?? before.period_start,
      periodEnd: patch.periodEnd ?? before.period_end,
    };
    const repriced =
      patch.value !== undefined || patch.currency !== undefined || patch.valueDate !== undefined;
    const priced = repriced ? await priceValue(trx, merged) : undefined;
    const problems = [...(priced?.ok === false ? priced.problems : []), ...periodOrderProblems(merged)];
    if (problems.length > 0) {
      throw new ValidationError(problems);
    }
    const fiscalYear = fiscalYearFor(activity, merged.periodStart);
    await assertPeriodOpen(trx, activity.reportingOrgId, fiscalYear);
    const after: BudgetTable = {
      ...before,
      ...(priced?.ok === true ? priced.columns : {}),
      type: patch.type ?? before.type,
      currency: merged.currency,
      value_date: merged.valueDate,
      period_start: merged.periodStart,
      period_end: merged.periodEnd,
      fiscal_year: fiscalYear,
      updated_at: ctx.now().toISOString(),
      version: before.version + 1,
    };
    const updated = await trx
      .updateTable('budget')
      .set(after)
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) {
      throw new PreconditionFailedError();
    }
    const output = toBudgetOutput(after);
    await recordAudit(trx, ctx, {
      action: 'budget.update',
      entity: 'budget',
      entityId: `${activity.id}/${before.id}`,
      details: { before: toBudgetOutput(before), after: output },
    });
    return output;
  });
}

/**
 * Deletes a budget still at `expectedVersion`; the audit entry keeps what it was.
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError; AppError `period_locked`
 */
export async function deleteBudget({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: BudgetTarget;
}): Promise<void> {
  authorize(ctx.actor, 'funding.write');
  await withTransaction(ctx, async (trx) => {
    const { activity, before } = await loadMoneyForChange(trx, ctx.actor, 'budget', input);
    await trx.deleteFrom('budget').where('id', '=', before.id).execute();
    await recordAudit(trx, ctx, {
      action: 'budget.delete',
      entity: 'budget',
      entityId: `${activity.id}/${before.id}`,
      details: { before: toBudgetOutput(before) },
    });
  });
}
