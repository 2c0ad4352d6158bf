import { publishedExtensionsOf } from '@/shared/published-extensions';
import { formatCents, formatNanos, fromUnitsAndNanos } from '@/shared/money';
import { stageOf } from '@/shared/funding-stages';
import type { BudgetOutput, TransactionOutput } from './funding.schemas';
import { rateSourceLabel } from './rate-source-label';
import type { BudgetRow, FundingTransactionRow } from './funding.table';

function moneyOf(row: FundingTransactionRow | BudgetRow) {
  return {
    id: row.id,
    activityId: row.activity_id,
    value: formatNanos(fromUnitsAndNanos(row.amount_units, row.amount_nanos)),
    currency: row.currency,
    valueDate: row.value_date,
    fiscalYear: row.fiscal_year,
    valueUsd: formatCents(BigInt(row.usd_cents)),
    usdRate: {
      unitsPerUsd: row.usd_rate,
      period: row.usd_rate_period,
      source: row.usd_rate_source,
      sourceLabel: rateSourceLabel(row.currency, row.usd_rate_period, row.usd_rate_source),
    },
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function toTransactionOutput(row: FundingTransactionRow): TransactionOutput {
  return {
    ...moneyOf(row),
    type: row.type,
    stage: stageOf(row.type),
    transactionDate: row.transaction_date,
    accountCode: row.account_code,
    fiscalFundingYear: row.fiscal_funding_year,
    extensions: publishedExtensionsOf(row.iati_extensions),
    providerOrgId: row.provider_org_id,
    providerActivityId: row.provider_activity_id,
    receiverOrgId: row.receiver_org_id,
    receiverActivityId: row.receiver_activity_id,
    description: row.description,
  };
}

export function toBudgetOutput(row: BudgetRow): BudgetOutput {
  return { ...moneyOf(row), type: row.type, periodStart: row.period_start, periodEnd: row.period_end };
}
