import { ApiProblem } from '@/web/api/api-problem';
import { type FormProblems, splitFieldProblems } from '@/web/utils/form-problem';

/**
 * Splits a failed submission's field problems between the form's fields and the error summary; local
 * checks (e.g. passwords that differ) are merged in and win.
 */
export function useFormProblems(
  error: unknown,
  hasField: readonly string[] | ((key: string) => boolean),
  local: Readonly<Record<string, string>> = {},
): FormProblems & { readonly hasFieldErrors: boolean } {
  const split = splitFieldProblems(error instanceof ApiProblem ? error.errors : [], hasField);
  const fields = { ...split.fields, ...local };
  return { fields, other: split.other, hasFieldErrors: Object.keys(fields).length > 0 };
}
