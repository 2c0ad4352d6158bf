import { allocate } from '@/shared/money';
import type { Located, ParsedShare } from '../parse/parsed-activity';
import type { Findings } from './finding';

/** A share as the activity stores it: a code and a percentage with at most two decimals. */
export interface MappedShare {
  readonly vocabulary: string;
  readonly code: string;
  readonly percentage: number;
}

/** Splits 100 % into `weights.length` parts in hundredths, exactly (largest remainder). */
export function splitHundred(weights: readonly bigint[]): number[] {
  const usable = weights.some((weight) => weight > 0n) ? weights : weights.map(() => 1n);
  return allocate(10_000n, usable).map((hundredths) => Number(hundredths) / 100);
}

const WHAT = {
  country: { es: 'los países receptores', en: 'recipient countries' },
  region: { es: 'las regiones receptoras', en: 'recipient regions' },
  sector: { es: 'los sectores', en: 'sectors' },
} as const;

/**
 * The shares of one kind (and vocabulary) as published: percentages parsed, a missing percentage split
 * equally (warned), repeated codes merged (warned), sums other than 100 kept as published (warned).
 */
export function mapShareGroup(
  shares: readonly ParsedShare[],
  kind: keyof typeof WHAT,
  vocabulary: string,
  findings: Findings,
): MappedShare[] {
  const what = WHAT[kind];
  const first: Located | undefined = shares[0];
  if (shares.length === 0) {
    return [];
  }
  const withPercentages = shares.map((share) => {
    const value = share.percentage === undefined ? undefined : Number(share.percentage);
    if (
      share.percentage !== undefined &&
      (value === undefined || !Number.isFinite(value) || value < 0 || value > 100)
    ) {
      findings.add(
        'warning',
        'percentage_invalid',
        share,
        `El porcentaje "${share.percentage}" de ${share.code} no es un número entre 0 y 100; se guardó como 0.`,
        `The percentage "${share.percentage}" of ${share.code} is not a number from 0 to 100; stored as 0.`,
      );
      return { share, percentage: 0 };
    }
    return { share, percentage: value };
  });
  let percentages: number[];
  if (withPercentages.every((entry) => entry.percentage === undefined)) {
    percentages = splitHundred(shares.map(() => 1n));
    if (shares.length > 1) {
      findings.add(
        'warning',
        'percentage_missing',
        first,
        `${capitalise(what.es)} no tienen porcentaje; se repartió el 100 % por igual entre ${shares.length}.`,
        `The ${what.en} have no percentage; 100 % was split equally among ${shares.length}.`,
      );
    }
  } else {
    percentages = withPercentages.map((entry) => Math.round((entry.percentage ?? 0) * 100) / 100);
    if (withPercentages.some((entry) => entry.percentage === undefined)) {
      findings.add(
        'warning',
        'percentage_missing',
        first,
        `Algunos de ${what.es} no tienen porcentaje; se guardaron con 0 %.`,
        `Some ${what.en} have no percentage; they were stored with 0 %.`,
      );
    }
  }
  const merged = new Map<string, number>();
  shares.forEach((share, index) => {
    const previous = merged.get(share.code);
    if (previous !== undefined) {
      findings.add(
        'warning',
        'code_repeated',
        share,
        `${share.code} aparece más de una vez en ${what.es}; se sumaron sus porcentajes.`,
        `${share.code} appears more than once among the ${what.en}; its percentages were added up.`,
      );
    }
    merged.set(share.code, Math.min(100, (previous ?? 0) + (percentages[index] ?? 0)));
  });
  const sum = [...merged.values()].reduce((total, value) => total + value, 0);
  if (Math.abs(sum - 100) > 0.1) {
    const shown = String(Math.round(sum * 100) / 100);
    findings.add(
      'warning',
      'percentages_not_100',
      first,
      `Los porcentajes de ${what.es} suman ${shown} %, no 100 %; se guardaron como se publicaron.`,
      `The percentages of ${what.en} add up to ${shown} %, not 100 %; stored as published.`,
    );
  }
  return [...merged].map(([code, percentage]) => ({ vocabulary, code, percentage }));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Shares taken from the transactions when the activity publishes none of that kind (IATI allows either):
 * each code weighs the absolute value of the transactions naming it.
 */
export function sharesFromTransactions(
  named: readonly { code: string; vocabulary: string; weight: bigint }[],
): MappedShare[] {
  const weights = new Map<string, { vocabulary: string; code: string; weight: bigint }>();
  for (const entry of named) {
    const key = `${entry.vocabulary}\u0000${entry.code}`;
    const current = weights.get(key);
    weights.set(key, {
      ...entry,
      weight: (current?.weight ?? 0n) + (entry.weight < 0n ? -entry.weight : entry.weight),
    });
  }
  const entries = [...weights.values()];
  const percentages = splitHundred(entries.map((entry) => entry.weight));
  return entries.map((entry, index) => ({
    vocabulary: entry.vocabulary,
    code: entry.code,
    percentage: percentages[index] ?? 0,
  }));
}
