import { accountCodeOrUndefined } from '@/shared/account-code';
import { parseDecimal } from '@/shared/money';
import type { ParsedActivity } from '../parse/parsed-activity';
import type { ImportVocabulary } from './import-vocabulary';
import { mapActivity, type MappingResult } from './map-activity';
import { moneyKey } from './reconciliation';

/**
 * An activity read and mapped, ready for the writer: what the file published (for the counts) and what
 * the platform will store. It is plain data, so it can cross from the reading thread to the writing one.
 */
export interface PreparedActivity {
  readonly identifier: string;
  readonly line: number;
  readonly column: number;
  readonly published: {
    readonly transactions: number;
    readonly budgets: number;
    /** Sums of readable transaction values by currency (`NONE` when neither value nor activity names one). */
    readonly byCurrency: readonly (readonly [string, bigint])[];
    /**
     * Per published transaction, in order: its reconciliation key (currency, type, account) and value;
     * null when the value is not a number (it is in no sum).
     */
    readonly transactionMoney: readonly (readonly [key: string, nanos: bigint] | null)[];
  };
  readonly result: MappingResult;
}

export function prepareActivity(parsed: ParsedActivity, vocabulary: ImportVocabulary): PreparedActivity {
  const byCurrency = new Map<string, bigint>();
  const transactionMoney = parsed.transactions.map((transaction) => {
    const nanos = parseDecimal(transaction.value?.text ?? '');
    if (nanos === undefined) {
      return null;
    }
    const currency = transaction.value?.currency ?? parsed.defaultCurrency ?? 'NONE';
    byCurrency.set(currency, (byCurrency.get(currency) ?? 0n) + nanos);
    const key = moneyKey(
      currency,
      transaction.type ?? 'NONE',
      accountCodeOrUndefined(transaction.account?.code) ?? null,
    );
    return [key, nanos] as const;
  });
  return {
    identifier: parsed.identifier,
    line: parsed.line,
    column: parsed.column,
    published: {
      transactions: parsed.transactions.length,
      budgets: parsed.budgets.length,
      byCurrency: [...byCurrency],
      transactionMoney,
    },
    result: mapActivity(parsed, vocabulary),
  };
}
