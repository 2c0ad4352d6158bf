import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { AddressRefusedError, guardedLookup, refusedLiteral, type AddressPolicy } from './address-policy';
import { syncFailure, type SyncFailure } from './sync-failure';

/** Redirects followed at most, as browsers and curl's default policies do give or take. */
export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers meant for the address asked for only: never sent on to another origin a redirect names. */
const ORIGIN_BOUND = ['authorization', 'ocp-apim-subscription-key', 'cookie'];

export interface GetOptions {
  /** The addresses refused, on every hop. */
  readonly refuses: AddressPolicy;
  /** Aborts the request and its redirects (inactivity, deadline, shutdown). */
  readonly signal: AbortSignal;
  /** Called when each answer's headers arrive (the caller's inactivity timer restarts). */
  readonly onHeaders: () => void;
}

/** The answer that is not a redirect, or why it could not be reached; `requests` counts the answers received. */
export type Opened =
  | { readonly kind: 'response'; readonly response: IncomingMessage; readonly requests: number }
  | { readonly kind: 'refused'; readonly failure: SyncFailure; readonly requests: number };

/**
 * GETs a URL, following at most MAX_REDIRECTS redirects by hand: every hop's host is checked (a literal
 * address here, a name when it is looked up to connect), a redirect from https to http or to another
 * scheme is refused, and the Datastore key and credentials are dropped when the origin changes. The URL's
 * user and password are sent as Basic authentication to its own origin only. A refused destination is
 * never connected to; `requests` then counts the answers that led there.
 * @throws network and abort errors
 */
export async function getFollowingRedirects(
  url: string,
  headers: Readonly<Record<string, string>>,
  options: GetOptions,
): Promise<Opened> {
  let current = new URL(url);
  let sent: Record<string, string> = { ...headers, ...basicAuth(current) };
  current.username = '';
  current.password = '';
  for (let hop = 0; ; hop += 1) {
    const response = await checkedGet(current, sent, options);
    if (response instanceof AddressRefusedError) {
      const failure = syncFailure.addressRefused(url, response.host, response.address);
      return { kind: 'refused', failure, requests: hop };
    }
    options.onHeaders();
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || location === undefined) {
      return { kind: 'response', response, requests: hop + 1 };
    }
    response.resume();
    const next = URL.canParse(location, current) ? new URL(location, current) : undefined;
    const refusal = redirectRefusal(current, next, hop + 1);
    if (refusal !== undefined || next === undefined) {
      const failure = syncFailure.redirectRefused(url, refusal ?? BAD_LOCATION);
      return { kind: 'refused', failure, requests: hop + 1 };
    }
    if (next.origin !== current.origin) {
      sent = Object.fromEntries(Object.entries(sent).filter(([name]) => !ORIGIN_BOUND.includes(name)));
    }
    next.username = '';
    next.password = '';
    current = next;
  }
}

const BAD_LOCATION = {
  es: 'la dirección a la que redirige no es válida',
  en: 'the address it redirects to is not valid',
};

/** Why the `redirects`-th redirect in a row, from `from` to `to`, is not followed; undefined: it is. */
export function redirectRefusal(
  from: URL,
  to: URL | undefined,
  redirects: number,
): { es: string; en: string } | undefined {
  if (redirects > MAX_REDIRECTS) {
    return {
      es: `más de ${MAX_REDIRECTS} redirecciones seguidas`,
      en: `more than ${MAX_REDIRECTS} redirects in a row`,
    };
  }
  if (to === undefined) {
    return BAD_LOCATION;
  }
  if (!['http:', 'https:'].includes(to.protocol)) {
    return {
      es: `redirige a ${to.protocol}, no a http(s)`,
      en: `it redirects to ${to.protocol}, not http(s)`,
    };
  }
  if (from.protocol === 'https:' && to.protocol === 'http:') {
    return {
      es: 'redirige de https a http, sin cifrar',
      en: 'it redirects from https to unencrypted http',
    };
  }
  return undefined;
}

/** One GET, or the refusal of its destination: a literal address before connecting, a name as it is looked up. */
async function checkedGet(
  url: URL,
  headers: Record<string, string>,
  options: GetOptions,
): Promise<IncomingMessage | AddressRefusedError> {
  const literal = refusedLiteral(url, options.refuses);
  if (literal !== undefined) {
    return new AddressRefusedError(url.hostname, literal);
  }
  try {
    return await get(url, headers, options);
  } catch (error) {
    if (error instanceof AddressRefusedError) {
      return error;
    }
    throw error;
  }
}

/** One GET on a connection of its own, its host name looked up and checked as it connects. */
function get(url: URL, headers: Record<string, string>, options: GetOptions): Promise<IncomingMessage> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.get(
      url,
      { headers, agent: false, lookup: guardedLookup(options.refuses), signal: options.signal },
      resolve,
    );
    request.on('error', reject);
  });
}

function basicAuth(url: URL): Record<string, string> {
  if (url.username === '' && url.password === '') {
    return {};
  }
  const user = `${safeDecode(url.username)}:${safeDecode(url.password)}`;
  return { authorization: `Basic ${Buffer.from(user).toString('base64')}` };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
