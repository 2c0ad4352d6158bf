import createClient from 'openapi-fetch';
import { i18n } from '@/web/i18n/i18n';
import { toApiProblem } from './api-problem';
import type { paths } from './schema.gen';

/** The typed client of the platform's API; every request carries the UI language for error messages. */
export const api = createClient<paths>({ baseUrl: window.location.origin });

api.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language);
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
