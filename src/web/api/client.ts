import createClient from 'openapi-fetch';
import { i18n } from '@/web/i18n/i18n';
import { toApiProblem } from './api-problem';
import type { paths } from './schema.gen';

/** The typed client of the platform's API; every request carries the UI language for error messages. */
export const api = createClient<paths>({ baseUrl: window.location.origin });

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The session's anti-forgery token (SECURITY.md C1). It lives in memory only, never in web storage (P2): a
 * reload asks GET /api/v1/auth/session for it again.
 */
let csrfToken: string | null = null;

/** Remembers the token of the current session (from the session, sign-in, MFA or setup answers). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

api.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language);
    if (csrfToken !== null && UNSAFE_METHODS.has(request.method)) {
      request.headers.set('x-csrf-token', csrfToken);
    }
    return request;
  },
});

interface ClientResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Resolves a client call to its data.
 * @throws ApiProblem when the API answers with an error status.
 */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw toApiProblem(error, response);
  }
  return data;
}

/**
 * Waits for a call whose success has no body (202, 204).
 * @throws ApiProblem when the API answers with an error status.
 */
export async function expectOk(call: Promise<ClientResult<unknown>>): Promise<void> {
  const { error, response } = await call;
  if (!response.ok) {
    throw toApiProblem(error, response);
  }
}

/** The `If-Match` header for a change to the record at `version` (optimistic locking: 412 if it moved). */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}
