import { describe, expect, it } from 'vitest';
import {
  emptyTransactionDraft,
  transactionChanges,
  transactionInput,
  type TransactionDraft,
} from './transaction-draft';

const recorded: TransactionDraft = {
  ...emptyTransactionDraft('HNL'),
  value: '1250000.50',
  valueDate: '2024-03-01',
  transactionDate: '2024-03-01',
  accountCode: '11x1022',
};

describe('transactionInput', () => {
  it('keeps the typed decimal text and leaves an empty transaction date to the server', () => {
    const body = transactionInput({ ...recorded, value: ' 1250000.50 ', transactionDate: '' });
    expect(body.value).toBe('1250000.50');
    expect(body.transactionDate).toBeUndefined();
    expect(body.providerOrgId).toBeNull();
  });
});

describe('transactionChanges', () => {
  it('sends only the changed fields', () => {
    expect(transactionChanges(recorded, { ...recorded, value: '1300000.00' })).toEqual({
      value: '1300000.00',
    });
    expect(transactionChanges(recorded, recorded)).toEqual({});
  });

  it('sends null for a cleared choice', () => {
    expect(transactionChanges(recorded, { ...recorded, accountCode: '' })).toEqual({ accountCode: null });
  });

  it('moves an emptied transaction date with the value date', () => {
    expect(
      transactionChanges(recorded, { ...recorded, valueDate: '2024-04-02', transactionDate: '' }),
    ).toEqual({ valueDate: '2024-04-02', transactionDate: '2024-04-02' });
  });
});
