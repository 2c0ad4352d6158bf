import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { periodOrderProblems } from './check-budget';
import { toBudgetOutput } from './funding.mapper';
import { BudgetInput, type BudgetOutput } from './funding.schemas';
import type { BudgetTable } from './funding.table';
import { assertPeriodOpen, fiscalYearFor, loadFundedActivity, priceValue } from './money-record';

/**
 * Records an original or revised budget of an activity for a period.
 * @throws NotFoundError `activity_not_found`; ForbiddenError; ValidationError; AppError `period_locked`
 */
export async function createBudget({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { activityId: string; body: BudgetInput };
}): Promise<BudgetOutput> {
  authorize(ctx.actor, 'funding.write');
  const fields = parseInput(BudgetInput, input.body, 'body');
  return withTransaction(ctx, async (trx) => {
    const activity = await loadFundedActivity(trx, ctx.actor, 'funding.write', input.activityId);
    const currency = fields.currency ?? activity.defaultCurrency;
    const valueDate = fields.valueDate ?? fields.periodStart;
    const priced = await priceValue(trx, { value: fields.value, currency, valueDate });
    const problems = [...(priced.ok ? [] : priced.problems), ...periodOrderProblems(fields)];
    if (!priced.ok || problems.length > 0) {
      throw new ValidationError(problems);
    }
    const fiscalYear = fiscalYearFor(activity, fields.periodStart);
    await assertPeriodOpen(trx, activity.reportingOrgId, fiscalYear);
    const now = ctx.now().toISOString();
    const row: BudgetTable = {
      id: uuidv7(ctx.now()),
      activity_id: activity.id,
      type: fields.type,
      ...priced.columns,
      currency,
      value_date: valueDate,
      period_start: fields.periodStart,
      period_end: fields.periodEnd,
      fiscal_year: fiscalYear,
      is_demo: activity.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('budget').values(row).execute();
    const output = toBudgetOutput(row);
    await recordAudit(trx, ctx, {
      action: 'budget.create',
      entity: 'budget',
      entityId: `${activity.id}/${row.id}`,
      details: { after: output },
    });
    return output;
  });
}
