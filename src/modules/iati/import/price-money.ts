import {
  MAX_EXACT_CENTS,
  type BudgetTable,
  type FundingTransactionTable,
  type UsdRate,
} from '@/modules/funding';
import { uuidv7 } from '@/platform/crypto/uuid';
import { fiscalYearOf } from '@/shared/fiscal-year';
import { formatNanos, toUnitsAndNanos, toUsdCents } from '@/shared/money';
import type { Findings } from './finding';
import type { MappedBudget, MappedTransaction, MappedValue } from './map-money';
import type { KnownOrganisation } from './resolve-organisations';

export type RateFinder = (currency: string, valueDate: string) => UsdRate | undefined;

/** A transaction row whose provider or receiver activity is named by IATI identifier, to link by id. */
export interface PendingLink {
  readonly transactionId: string;
  readonly activityId: string;
  readonly column: 'provider_activity_id' | 'receiver_activity_id';
  readonly identifier: string;
}

/** The stored money columns of a value converted to US dollars, or undefined (with an error finding). */
function priceOf(
  value: MappedValue & { line: number; column: number },
  findRate: RateFinder,
  findings: Findings,
) {
  const rate = findRate(value.currency, value.valueDate);
  if (rate === undefined) {
    findings.add(
      'error',
      'exchange_rate_missing',
      value,
      `No hay tipo de cambio de ${value.currency} a USD para ${value.valueDate}; el valor ${formatNanos(value.nanos)} no se guardó. Registre un tipo (Financiamiento → Tipos de cambio) e importe de nuevo.`,
      `There is no ${value.currency}→USD rate for ${value.valueDate}; the value ${formatNanos(value.nanos)} was not stored. Enter a rate (Funding → Exchange rates) and import again.`,
    );
    return undefined;
  }
  const cents = toUsdCents(value.nanos, rate.unitsPerUsd);
  if (cents > MAX_EXACT_CENTS || cents < -MAX_EXACT_CENTS) {
    findings.add(
      'error',
      'value_too_big',
      value,
      `El valor ${formatNanos(value.nanos)} ${value.currency} supera el máximo que la plataforma suma con exactitud; no se guardó.`,
      `The value ${formatNanos(value.nanos)} ${value.currency} exceeds the largest the platform sums exactly; not stored.`,
    );
    return undefined;
  }
  const { units, nanos } = toUnitsAndNanos(value.nanos);
  return {
    amount_units: units.toString(),
    amount_nanos: nanos,
    currency: value.currency,
    value_date: value.valueDate,
    usd_cents: cents.toString(),
    usd_rate: rate.unitsPerUsd,
    usd_rate_period: rate.period,
    usd_rate_source: rate.source,
  };
}

interface MoneyContext {
  readonly activityId: string;
  readonly reportingOrg: KnownOrganisation;
  readonly findRate: RateFinder;
  readonly resolve: (ref: MappedTransaction['provider']) => string | null;
  readonly now: Date;
  readonly findings: Findings;
}

/**
 * The transaction rows of an activity, the positions of the published transactions they store (for the
 * file's reconciliation), and the links to other activities still to resolve.
 */
export function transactionRowsOf(transactions: readonly MappedTransaction[], context: MoneyContext) {
  const rows: FundingTransactionTable[] = [];
  const storedIndices = new Set<number>();
  const links: PendingLink[] = [];
  const now = context.now.toISOString();
  for (const transaction of transactions) {
    const price = priceOf(transaction, context.findRate, context.findings);
    if (price === undefined) {
      continue;
    }
    const id = uuidv7(context.now);
    storedIndices.add(transaction.index);
    rows.push({
      id,
      activity_id: context.activityId,
      type: transaction.type,
      // Written out rather than spread (as below): a literal with a spread is built property by property,
      // and this runs for every transaction of a file.
      amount_units: price.amount_units,
      amount_nanos: price.amount_nanos,
      currency: price.currency,
      value_date: price.value_date,
      usd_cents: price.usd_cents,
      usd_rate: price.usd_rate,
      usd_rate_period: price.usd_rate_period,
      usd_rate_source: price.usd_rate_source,
      fiscal_year: fiscalYearOf(transaction.valueDate, context.reportingOrg.fiscalYearStartMonth),
      transaction_date: transaction.transactionDate,
      account_code: transaction.account?.code ?? null,
      provider_org_id: context.resolve(transaction.provider),
      provider_activity_id: null,
      receiver_org_id: context.resolve(transaction.receiver),
      receiver_activity_id: null,
      description: transaction.description,
      fiscal_funding_year: transaction.fiscalFundingYear ?? null,
      iati_extensions: transaction.extensions,
      is_demo: 0,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    for (const [column, identifier] of [
      ['provider_activity_id', transaction.providerActivity],
      ['receiver_activity_id', transaction.receiverActivity],
    ] as const) {
      if (identifier !== undefined) {
        links.push({ transactionId: id, activityId: context.activityId, column, identifier });
      }
    }
  }
  return { rows, storedIndices, links };
}

export function budgetRowsOf(budgets: readonly MappedBudget[], context: MoneyContext): BudgetTable[] {
  const now = context.now.toISOString();
  return budgets.flatMap((budget) => {
    const price = priceOf(budget, context.findRate, context.findings);
    return price === undefined
      ? []
      : [
          {
            id: uuidv7(context.now),
            activity_id: context.activityId,
            type: budget.type,
            amount_units: price.amount_units,
            amount_nanos: price.amount_nanos,
            currency: price.currency,
            value_date: price.value_date,
            usd_cents: price.usd_cents,
            usd_rate: price.usd_rate,
            usd_rate_period: price.usd_rate_period,
            usd_rate_source: price.usd_rate_source,
            fiscal_year: fiscalYearOf(budget.periodStart, context.reportingOrg.fiscalYearStartMonth),
            period_start: budget.periodStart,
            period_end: budget.periodEnd,
            is_demo: 0,
            created_at: now,
            updated_at: now,
            version: 1,
          },
        ];
  });
}
