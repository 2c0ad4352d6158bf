import { parseDecimal } from '@/shared/money';
import type { ParsedActivity } from '../parse/parsed-activity';
import type { ImportVocabulary } from './import-vocabulary';
import { mapActivity, type MappingResult } from './map-activity';

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
  };
  readonly result: MappingResult;
}

export function prepareActivity(parsed: ParsedActivity, vocabulary: ImportVocabulary): PreparedActivity {
  const byCurrency = new Map<string, bigint>();
  for (const transaction of parsed.transactions) {
    const nanos = parseDecimal(transaction.value?.text ?? '');
    if (nanos !== undefined) {
      const currency = transaction.value?.currency ?? parsed.defaultCurrency ?? 'NONE';
      byCurrency.set(currency, (byCurrency.get(currency) ?? 0n) + nanos);
    }
  }
  return {
    identifier: parsed.identifier,
    line: parsed.line,
    column: parsed.column,
    published: {
      transactions: parsed.transactions.length,
      budgets: parsed.budgets.length,
      byCurrency: [...byCurrency],
    },
    result: mapActivity(parsed, vocabulary),
  };
}
