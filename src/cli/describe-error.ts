import { AppError } from '@/platform/errors';

/** An error as an operator should read it: the stable code and every field problem, in English. */
export function describeCliError(error: unknown): string {
  if (error instanceof AppError) {
    const problems =
      error.details?.errors?.map((problem) => `\n  ${problem.path}: ${problem.message.en}`).join('') ?? '';
    return `${error.code}: ${error.message}${problems}`;
  }
  return error instanceof Error ? error.message : String(error);
}
