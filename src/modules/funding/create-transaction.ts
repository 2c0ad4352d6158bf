import { recordAudit } from '@/modules/audit';
import { maintainFundingCube } from '@/modules/funding-cube';
import { authorize } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { checkTransactionReferences } from './check-transaction';
import { toTransactionOutput } from './funding.mapper';
import { TransactionInput, type TransactionOutput } from './funding.schemas';
import type { FundingTransactionTable } from './funding.table';
import { assertPeriodOpen, fiscalYearFor, loadFundedActivity, priceValue } from './money-record';

/**
 * Records a transaction of an activity, converted to US dollars at the rate for its value date.
 * @throws NotFoundError `activity_not_found`; ForbiddenError; ValidationError; AppError `period_locked`
 */
export async function createTransaction({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { activityId: string; body: TransactionInput };
}): Promise<TransactionOutput> {
  authorize(ctx.actor, 'funding.write');
  const fields = parseInput(TransactionInput, input.body, 'body');
  return withTransaction(ctx, async (trx) =>
    maintainFundingCube(trx, [input.activityId], async () => {
      const activity = await loadFundedActivity(trx, ctx.actor, 'funding.write', input.activityId);
      const currency = fields.currency ?? activity.defaultCurrency;
      const [priced, referenceProblems] = await Promise.all([
        priceValue(trx, { value: fields.value, currency, valueDate: fields.valueDate }),
        checkTransactionReferences(trx, activity.id, fields),
      ]);
      const problems = [...(priced.ok ? [] : priced.problems), ...referenceProblems];
      if (!priced.ok || problems.length > 0) {
        throw new ValidationError(problems);
      }
      const fiscalYear = fiscalYearFor(activity, fields.valueDate);
      await assertPeriodOpen(trx, activity.reportingOrgId, fiscalYear);
      const now = ctx.now().toISOString();
      const row: FundingTransactionTable = {
        id: uuidv7(ctx.now()),
        activity_id: activity.id,
        type: fields.type,
        ...priced.columns,
        currency,
        value_date: fields.valueDate,
        transaction_date: fields.transactionDate ?? fields.valueDate,
        fiscal_year: fiscalYear,
        account_code: fields.accountCode,
        provider_org_id: fields.providerOrgId,
        provider_activity_id: fields.providerActivityId,
        receiver_org_id: fields.receiverOrgId,
        receiver_activity_id: fields.receiverActivityId,
        description: fields.description,
        fiscal_funding_year: null,
        iati_extensions: null,
        is_demo: activity.isDemo ? 1 : 0,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await trx.insertInto('funding_transaction').values(row).execute();
      const output = toTransactionOutput(row);
      await recordAudit(trx, ctx, {
        action: 'transaction.create',
        entity: 'funding_transaction',
        entityId: `${activity.id}/${row.id}`,
        details: { after: output },
      });
      return output;
    }),
  );
}
