import { withoutTreasuryAccount } from '@/shared/published-extensions';
import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { maintainFundingCube } from '@/modules/funding-cube';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { PreconditionFailedError, ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { formatNanos, fromUnitsAndNanos } from '@/shared/money';
import { checkTransactionReferences } from './check-transaction';
import { toTransactionOutput } from './funding.mapper';
import { TransactionPatch, type TransactionOutput } from './funding.schemas';
import type { FundingTransactionTable } from './funding.table';
import { assertPeriodOpen, fiscalYearFor, loadMoneyForChange, priceValue } from './money-record';

/**
 * Changes a transaction still at `expectedVersion`; its dollar value is recomputed only when its value,
 * currency or value date change. Both the old and the new fiscal year must be open.
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError; ValidationError; AppError `period_locked`
 */
export async function updateTransaction({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { activityId: string; id: string; expectedVersion: number; patch: TransactionPatch };
}): Promise<TransactionOutput> {
  authorize(ctx.actor, 'funding.write');
  const patch = parseInput(TransactionPatch, input.patch, 'body');
  return withTransaction(ctx, async (trx) =>
    maintainFundingCube(trx, [input.activityId], async () => {
      const { activity, before } = await loadMoneyForChange(trx, ctx.actor, 'funding_transaction', input);
      const merged = {
        value: patch.value ?? formatNanos(fromUnitsAndNanos(before.amount_units, before.amount_nanos)),
        currency: patch.currency ?? before.currency,
        valueDate: patch.valueDate ?? before.value_date,
        accountCode: patch.accountCode === undefined ? before.account_code : patch.accountCode,
        providerOrgId: patch.providerOrgId === undefined ? before.provider_org_id : patch.providerOrgId,
        providerActivityId:
          patch.providerActivityId === undefined ? before.provider_activity_id : patch.providerActivityId,
        receiverOrgId: patch.receiverOrgId === undefined ? before.receiver_org_id : patch.receiverOrgId,
        receiverActivityId:
          patch.receiverActivityId === undefined ? before.receiver_activity_id : patch.receiverActivityId,
      };
      const repriced =
        patch.value !== undefined || patch.currency !== undefined || patch.valueDate !== undefined;
      const [priced, problems] = await Promise.all([
        repriced ? priceValue(trx, merged) : Promise.resolve(undefined),
        checkTransactionReferences(trx, activity.id, merged),
      ]);
      if (priced?.ok === false || problems.length > 0) {
        throw new ValidationError([...(priced?.ok === false ? priced.problems : []), ...problems]);
      }
      const fiscalYear = fiscalYearFor(activity, merged.valueDate);
      await assertPeriodOpen(trx, activity.reportingOrgId, fiscalYear);
      const after: FundingTransactionTable = {
        ...before,
        ...(priced?.ok === true ? priced.columns : {}),
        type: patch.type ?? before.type,
        currency: merged.currency,
        value_date: merged.valueDate,
        transaction_date: patch.transactionDate ?? before.transaction_date,
        fiscal_year: fiscalYear,
        account_code: merged.accountCode,
        // A new account replaces the one published: the export must not contradict it.
        iati_extensions:
          merged.accountCode === before.account_code
            ? before.iati_extensions
            : withoutTreasuryAccount(before.iati_extensions),
        provider_org_id: merged.providerOrgId,
        provider_activity_id: merged.providerActivityId,
        receiver_org_id: merged.receiverOrgId,
        receiver_activity_id: merged.receiverActivityId,
        description: patch.description ?? before.description,
        updated_at: ctx.now().toISOString(),
        version: before.version + 1,
      };
      const updated = await trx
        .updateTable('funding_transaction')
        .set(after)
        .where('id', '=', before.id)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (updated.numUpdatedRows !== 1n) {
        throw new PreconditionFailedError();
      }
      const beforeOutput = toTransactionOutput(before);
      const afterOutput = toTransactionOutput(after);
      const changedFields = (Object.keys(afterOutput) as (keyof TransactionOutput)[]).filter(
        (key) => JSON.stringify(beforeOutput[key]) !== JSON.stringify(afterOutput[key]),
      );
      await recordAudit(trx, ctx, {
        action: 'transaction.update',
        entity: 'funding_transaction',
        entityId: `${activity.id}/${before.id}`,
        details: { before: beforeOutput, after: afterOutput, changedFields },
      });
      return afterOutput;
    }),
  );
}
