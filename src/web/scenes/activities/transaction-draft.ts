import type { Transaction, TransactionChanges, TransactionInput } from '@/web/api/activities';

/** The transaction form's fields, as typed (money stays text). */
export const TRANSACTION_FIELDS = [
  'type',
  'value',
  'currency',
  'valueDate',
  'transactionDate',
  'accountCode',
  'providerOrgId',
  'receiverOrgId',
  'description',
] as const;

export type TransactionDraft = Record<(typeof TRANSACTION_FIELDS)[number], string>;

const orNull = (text: string) => (text === '' ? null : text);

/** An empty form for a new transaction: an obligation in the activity's currency. */
export function emptyTransactionDraft(currency: string): TransactionDraft {
  return {
    type: '2',
    value: '',
    currency,
    valueDate: '',
    transactionDate: '',
    accountCode: '',
    providerOrgId: '',
    receiverOrgId: '',
    description: '',
  };
}

/** The form of a recorded transaction, to change it. */
export function transactionDraftOf(transaction: Transaction): TransactionDraft {
  return {
    type: transaction.type,
    value: transaction.value,
    currency: transaction.currency,
    valueDate: transaction.valueDate,
    transactionDate: transaction.transactionDate,
    accountCode: transaction.accountCode ?? '',
    providerOrgId: transaction.providerOrgId ?? '',
    receiverOrgId: transaction.receiverOrgId ?? '',
    description: transaction.description,
  };
}

/** The request body of a new transaction: money stays the decimal text typed (never a float). */
export function transactionInput(draft: TransactionDraft): TransactionInput {
  return {
    type: draft.type as TransactionInput['type'],
    value: draft.value.trim(),
    currency: draft.currency,
    valueDate: draft.valueDate,
    // Empty: the server takes the value date.
    transactionDate: draft.transactionDate === '' ? undefined : draft.transactionDate,
    accountCode: orNull(draft.accountCode),
    providerOrgId: orNull(draft.providerOrgId),
    receiverOrgId: orNull(draft.receiverOrgId),
    description: draft.description.trim(),
  };
}

/** Only the fields that differ from `initial`; an emptied transaction date follows the value date. */
export function transactionChanges(initial: TransactionDraft, draft: TransactionDraft): TransactionChanges {
  const body = (from: TransactionDraft): Record<string, unknown> => ({
    ...transactionInput(from),
    transactionDate: from.transactionDate === '' ? from.valueDate : from.transactionDate,
  });
  const before = body(initial);
  return Object.fromEntries(Object.entries(body(draft)).filter(([key, value]) => value !== before[key]));
}
