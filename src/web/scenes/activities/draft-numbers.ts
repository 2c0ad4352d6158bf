import type { ActivityDraft } from './activity-draft';

const NUMBER = /^-?\d{1,3}(\.\d+)?$/;

/** `"12,5"` → 12.5 (a decimal comma is accepted); undefined when the text is not such a number. */
export function toNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  return NUMBER.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * The numbers of the form that are not numbers, by field key (`sectors.0.percentage`): they are reported
 * before anything is sent, since the API could only say "expected a number".
 */
export function numberProblems(draft: ActivityDraft, message: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const check = (key: string, value: string, optional = false) => {
    if (!(optional && value.trim() === '') && toNumber(value) === undefined) {
      problems[key] = message;
    }
  };
  for (const group of ['sectors', 'recipientCountries', 'goals', 'components', 'locations'] as const) {
    draft[group].forEach((row, index) => check(`${group}.${index}.percentage`, row.percentage));
  }
  draft.locations.forEach((row, index) => {
    check(`locations.${index}.latitude`, row.latitude, true);
    check(`locations.${index}.longitude`, row.longitude, true);
  });
  return problems;
}

/** A number the form has checked with `numberProblems` (0 if it was not). */
export const numberOf = (value: string) => toNumber(value) ?? 0;

/** The sum of a group's percentages, for the "sums to X %" hint (rows that are not numbers count 0). */
export function percentageSum(rows: readonly { readonly percentage: string }[]): number {
  const hundredths = rows.reduce((sum, row) => sum + Math.round(numberOf(row.percentage) * 100), 0);
  return hundredths / 100;
}
