import { ERROR_CODES, type ErrorCode } from '@/shared/error-codes';

/** One problem with one input field: where (a JSON path or query parameter) and what. */
export interface FieldProblem {
  /** e.g. `query.from`, `body.name.es`, `row 12, column "year"`. */
  readonly path: string;
  readonly code: string;
  /** The message in each product language; the response carries the caller's. */
  readonly message: { readonly es: string; readonly en: string };
}

/**
 * Every expected failure is an AppError with a stable code from `ERROR_CODES`;
 * the HTTP status comes from that one table, never from the thrower.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: { readonly errors?: readonly FieldProblem[]; readonly [key: string]: unknown },
  ) {
    super(message ?? ERROR_CODES[code].en);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
  }
}

export class ValidationError extends AppError {
  constructor(errors: readonly FieldProblem[]) {
    super('validation_failed', undefined, { errors });
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends AppError {
  constructor(
    code: Extract<ErrorCode, `${string}not_found`> = 'not_found',
    readonly key?: string,
  ) {
    super(code, undefined, key === undefined ? undefined : { key });
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super('forbidden');
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends AppError {
  constructor(errors: readonly FieldProblem[]) {
    super('conflict', errors.map((error) => `${error.path}: ${error.message.en}`).join('; '), { errors });
    this.name = 'ConflictError';
  }
}

export class PreconditionFailedError extends AppError {
  constructor() {
    super('precondition_failed');
    this.name = 'PreconditionFailedError';
  }
}
