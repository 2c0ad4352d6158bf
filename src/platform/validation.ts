import { z } from 'zod';
import { ValidationError, type FieldProblem } from './errors';
import { REQUIRED, SPANISH_MESSAGES } from './validation-messages';

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
      message: { es: localize(spanish, issue, 'es'), en: localize(english, issue, 'en') },
    };
  });
}

function localize(errorMap: z.core.$ZodErrorMap, issue: z.core.$ZodIssue, language: 'es' | 'en'): string {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) {
    return REQUIRED[language]; // "at least 1 character" is how zod says "required"
  }
  if (!isDefaultMessage(issue)) {
    // A message written in a schema is English; its Spanish is in validation-messages.ts.
    return language === 'es' ? (SPANISH_MESSAGES[issue.message] ?? issue.message) : issue.message;
  }
  const generated = errorMap(issue as unknown as z.core.$ZodRawIssue);
  const text = typeof generated === 'string' ? generated : generated?.message;
  return text ?? issue.message;
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
  // reportInput lets zod's translations say what was received ("recibido texto").
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) {
    throw new ValidationError(toFieldProblems(result.error.issues, prefix));
  }
  return result.data;
}
