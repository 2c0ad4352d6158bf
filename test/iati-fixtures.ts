import fs from 'node:fs';
import path from 'node:path';
import { parseDecimal } from '@/shared/money';

/** Where the IATI fixtures copied from shared data live (test/fixtures/iati/PROVENANCE.md). */
export const IATI_FIXTURES = path.resolve(import.meta.dirname, 'fixtures/iati');

/** One line of the independently counted ground truth (ground-truth/*_stats.jsonl). */
export interface GroundTruth {
  readonly file: string;
  readonly wellformed: boolean;
  readonly error: string | null;
  readonly activities: number;
  readonly transactions: number;
  readonly tx_by_currency: Readonly<Record<string, string>>;
  readonly budgets: number;
}

export function groundTruth(name: 'real_stats' | 'invalid_stats'): GroundTruth[] {
  return fs
    .readFileSync(path.join(IATI_FIXTURES, 'ground-truth', `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as GroundTruth);
}

/** Sums by currency as exact nanos, so "12.50" and "12.5" compare equal. */
export function exactSums(sums: Readonly<Record<string, string>>): Record<string, bigint> {
  return Object.fromEntries(
    Object.entries(sums).map(([currency, value]) => {
      const nanos = parseDecimal(value);
      if (nanos === undefined) {
        throw new Error(`not a decimal: ${value}`);
      }
      return [currency, nanos];
    }),
  );
}
