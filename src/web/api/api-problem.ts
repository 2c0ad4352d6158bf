/** One field-level problem of a `validation_failed` response. */
export interface FieldProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** An API error response (RFC 9457 problem+json), already in the language the request asked for. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';

  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly code: string | undefined,
    readonly requestId: string | undefined,
    readonly errors: readonly FieldProblem[] = [],
    /** Seconds to wait before trying again, from `Retry-After` (429). */
    readonly retryAfterSeconds: number | undefined = undefined,
  ) {
    super(`${status} ${title}`);
  }
}

function textField(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Builds an `ApiProblem` from an error response; bodies that are not problem documents keep the status. */
export function toApiProblem(body: unknown, response: Response): ApiProblem {
  const problem = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const title = textField(problem, 'title') ?? `HTTP ${response.status}`;
  return new ApiProblem(
    response.status,
    title,
    textField(problem, 'detail') ?? response.statusText,
    textField(problem, 'code'),
    textField(problem, 'requestId') ?? response.headers.get('x-request-id') ?? undefined,
    Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : [],
    retryAfter(response.headers.get('retry-after')),
  );
}

/** `Retry-After` in seconds; the HTTP-date form is turned into seconds from now. */
function retryAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, Math.ceil(seconds));
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** True when `error` is an API problem with this stable `code`. */
export function isProblem(error: unknown, code: string): error is ApiProblem {
  return error instanceof ApiProblem && error.code === code;
}
