import { z } from 'zod';
import { ValidationError, type FieldProblem } from './errors';

const spanish = z.locales.es().localeError;
const english = z.locales.en().localeError;

/** Turns zod issues into field problems with messages in both languages. `prefix` is e.g. `query`. */
export function toFieldProblems(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldProblem[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)]
      .filter((part) => part !== undefined && part !== '')
      .join('.');
    return {
      path: path === '' ? '(root)' : path,
      code: issue.code,
      message: { es: localize(spanish, issue), en: localize(english, issue) },
    };
  });
}

function localize(errorMap: z.core.$ZodErrorMap, issue: z.core.$ZodIssue): string {
  // A custom message written in the schema (e.g. a refine) is English and kept as written.
  const generated = errorMap(issue as unknown as z.core.$ZodRawIssue);
  const text = typeof generated === 'string' ? generated : generated?.message;
  return issue.message && !isDefaultMessage(issue) ? issue.message : (text ?? issue.message);
}

function isDefaultMessage(issue: z.core.$ZodIssue): boolean {
  const generated = english(issue as unknown as z.core.$ZodRawIssue);
  const text = typeof generated === 'string' ? generated : generated?.message;
  return text === issue.message;
}

/**
 * Parses a verb's input; verbs parse too because the CLI and jobs call them without HTTP.
 * @throws ValidationError `validation_failed` listing every problem.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, prefix?: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ValidationError(toFieldProblems(result.error.issues, prefix));
  }
  return result.data;
}
