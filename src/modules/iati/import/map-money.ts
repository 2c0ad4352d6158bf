import { accountCodeOrUndefined } from '@/shared/account-code';
import { parseDecimal } from '@/shared/money';
import type { ParsedBudget, ParsedTransaction, ParsedValue } from '../parse/parsed-activity';
import type { Findings } from './finding';
import type { ImportVocabulary } from './import-vocabulary';
import { organisationRefOf, type OrganisationRef } from './organisation-ref';
import { isoDate } from './map-dates';

/** A value ready to price: exact amount in billionths, its currency and the date it is valued at. */
export interface MappedValue {
  readonly nanos: bigint;
  readonly currency: string;
  readonly valueDate: string;
}

export interface MappedTransaction extends MappedValue {
  /** Its position among the activity's published transactions (for the file's reconciliation). */
  readonly index: number;
  readonly line: number;
  readonly column: number;
  readonly type: string;
  readonly transactionDate: string;
  readonly description: string;
  readonly provider: OrganisationRef | undefined;
  readonly receiver: OrganisationRef | undefined;
  readonly providerActivity: string | undefined;
  readonly receiverActivity: string | undefined;
  /** The US Treasury appropriation account charged, with the name the publisher gave it. */
  readonly account:
    | { readonly code: string; readonly name: string; readonly line: number; readonly column: number }
    | undefined;
  readonly fiscalFundingYear: string | undefined;
  /** JSON `IatiExtensions` of the transaction element; null when it has none. */
  readonly extensions: string | null;
}

export interface MappedBudget extends MappedValue {
  readonly line: number;
  readonly column: number;
  readonly type: string;
  readonly periodStart: string;
  readonly periodEnd: string;
}

/** A value that was not stored: what it was, for the file's reconciliation. */
export interface RejectedValue {
  readonly text: string;
  readonly currency: string | undefined;
}

const TRANSACTION = { es: 'La transacción', en: 'The transaction' };
const BUDGET = { es: 'El presupuesto', en: 'The budget' };

/**
 * The amount, currency and date of a value, or undefined (with an error finding) when one is missing or
 * wrong. `what` names the record in messages; `fallbackDate` is used when the value has no value-date.
 */
function mapValue(
  value: ParsedValue | undefined,
  where: { line: number; column: number },
  context: { defaultCurrency: string | undefined; vocabulary: ImportVocabulary },
  fallbackDate: string | undefined,
  what: { es: string; en: string },
  findings: Findings,
): MappedValue | undefined {
  if (value === undefined || value.text === '') {
    findings.add(
      'error',
      'value_missing',
      where,
      `${what.es} no tiene valor; no se guardó.`,
      `${what.en} has no value; not stored.`,
    );
    return undefined;
  }
  const nanos = parseDecimal(value.text);
  if (nanos === undefined) {
    findings.add(
      'error',
      'value_not_number',
      value,
      `El valor "${value.text.slice(0, 40)}" de ${what.es.toLowerCase()} no es un número decimal; no se guardó.`,
      `The value "${value.text.slice(0, 40)}" of ${what.en.toLowerCase()} is not a decimal number; not stored.`,
    );
    return undefined;
  }
  const currency = value.currency ?? context.defaultCurrency;
  if (currency === undefined) {
    findings.add(
      'error',
      'currency_missing',
      value,
      `${what.es} no indica moneda y la actividad no tiene moneda por defecto; no se guardó.`,
      `${what.en} names no currency and the activity has no default currency; not stored.`,
    );
    return undefined;
  }
  if (!context.vocabulary.currencies.has(currency)) {
    findings.add(
      'error',
      'currency_unknown',
      value,
      `"${currency}" no es una moneda ISO 4217; ${what.es.toLowerCase()} no se guardó.`,
      `"${currency}" is not an ISO 4217 currency; ${what.en.toLowerCase()} was not stored.`,
    );
    return undefined;
  }
  const valueDate = isoDate(value.valueDate) ?? fallbackDate;
  if (valueDate === undefined) {
    findings.add(
      'error',
      'date_missing',
      value,
      `${what.es} no tiene fecha de valor ni fecha; no se guardó.`,
      `${what.en} has neither a value date nor a date; not stored.`,
    );
    return undefined;
  }
  return { nanos, currency, valueDate };
}

export function mapTransaction(
  transaction: ParsedTransaction,
  index: number,
  context: { defaultCurrency: string | undefined; vocabulary: ImportVocabulary },
  findings: Findings,
): MappedTransaction | undefined {
  if (transaction.type === undefined || !context.vocabulary.transactionTypes.has(transaction.type)) {
    findings.add(
      'error',
      'transaction_type_unknown',
      transaction,
      `El tipo de transacción "${transaction.typeAsWritten ?? ''}" no es un código IATI; la transacción no se guardó.`,
      `The transaction type "${transaction.typeAsWritten ?? ''}" is not an IATI code; the transaction was not stored.`,
    );
    return undefined;
  }
  const date = isoDate(transaction.date);
  const value = mapValue(transaction.value, transaction, context, date, TRANSACTION, findings);
  if (value === undefined) {
    return undefined;
  }
  const description = transaction.description;
  const { account } = transaction;
  const code = accountCodeOrUndefined(account?.code);
  if (account !== undefined && code === undefined) {
    findings.add(
      'warning',
      'usg_account_unreadable',
      account,
      `La cuenta del Tesoro (usg:treasury-account) "${(account.code ?? '').slice(0, 40)}" no tiene un código legible como 11x1022; la transacción se guardó sin cuenta y el elemento se conserva tal como se publicó.`,
      `The Treasury account (usg:treasury-account) "${(account.code ?? '').slice(0, 40)}" has no code readable as 11x1022; the transaction was stored without an account and the element is kept as published.`,
    );
  }
  // Written out rather than spread: this runs for every transaction of a file, and a literal with a
  // spread builds the object property by property.
  return {
    nanos: value.nanos,
    currency: value.currency,
    valueDate: value.valueDate,
    index,
    account:
      account === undefined || code === undefined
        ? undefined
        : { code, name: account.name, line: account.line, column: account.column },
    fiscalFundingYear: transaction.fiscalFundingYear?.slice(0, 20),
    extensions: transaction.extensions === undefined ? null : JSON.stringify(transaction.extensions),
    line: transaction.line,
    column: transaction.column,
    type: transaction.type,
    transactionDate: date ?? value.valueDate,
    description: (description.en ?? description.es ?? Object.values(description)[0] ?? '').slice(0, 2000),
    provider: organisationRefOf(transaction.provider),
    receiver: organisationRefOf(transaction.receiver),
    providerActivity: transaction.provider?.activityId,
    receiverActivity: transaction.receiver?.activityId,
  };
}

export function mapBudget(
  budget: ParsedBudget,
  context: { defaultCurrency: string | undefined; vocabulary: ImportVocabulary },
  findings: Findings,
): MappedBudget | undefined {
  const periodStart = isoDate(budget.periodStart);
  const periodEnd = isoDate(budget.periodEnd);
  if (periodStart === undefined || periodEnd === undefined) {
    findings.add(
      'error',
      'budget_period_missing',
      budget,
      'El presupuesto no tiene un periodo con fechas de inicio y fin válidas; no se guardó.',
      'The budget has no period with valid start and end dates; not stored.',
    );
    return undefined;
  }
  const value = mapValue(budget.value, budget, context, periodStart, BUDGET, findings);
  if (value === undefined) {
    return undefined;
  }
  return {
    nanos: value.nanos,
    currency: value.currency,
    valueDate: value.valueDate,
    line: budget.line,
    column: budget.column,
    type: budget.type === '2' ? '2' : '1',
    periodStart,
    periodEnd,
  };
}
