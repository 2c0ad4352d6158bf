import type { FieldProblem } from '@/platform/errors';
import { toHundredths } from './activity.schemas';

// Helpers that phrase an activity's field problems in both languages.

/** A problem with `body.<path>`, in Spanish and English. */
export function problem(path: string, code: string, es: string, en: string): FieldProblem {
  return { path: `body.${path}`, code, message: { es, en } };
}

const formatPercent = (hundredths: number): string => String(hundredths / 100);

/** Problems of shares that must add up to 100 %: one per group that doesn't. */
export function checkSums(
  path: string,
  groups: Map<string, number>,
  describe: (key: string) => { es: string; en: string },
): FieldProblem[] {
  return [...groups].flatMap(([key, total]) => {
    if (total === 10000) {
      return [];
    }
    const what = describe(key);
    return [
      problem(
        path,
        'percentages_sum',
        `Los porcentajes de ${what.es} suman ${formatPercent(total)} %; deben sumar 100 %.`,
        `The percentages of ${what.en} add up to ${formatPercent(total)} %; they must add up to 100 %.`,
      ),
    ];
  });
}

export function sumBy<T>(items: readonly T[], key: (item: T) => string, percentage: (item: T) => number) {
  const groups = new Map<string, number>();
  for (const item of items) {
    groups.set(key(item), (groups.get(key(item)) ?? 0) + toHundredths(percentage(item)));
  }
  return groups;
}

/** Duplicate entries of a list, as problems pointing at the repeated item. */
export function checkDuplicates<T>(
  path: string,
  items: readonly T[],
  key: (item: T) => string,
): FieldProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = key(item);
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [problem(`${path}.${index}`, 'duplicate', `"${value}" está repetido.`, `"${value}" is repeated.`)];
  });
}
