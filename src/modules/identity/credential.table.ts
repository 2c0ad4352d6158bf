import type { Selectable } from 'kysely';

/** A bearer token for the API. Only its SHA-256 is stored; `prefix` (first characters) identifies it in lists. */
export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

/**
 * A browser session, stored server-side so it can be ended (SECURITY.md S4). `id_hash` is the SHA-256 of
 * the cookie value. `state`: `active`, or `mfa_required` / `mfa_enrolment` while the second factor is
 * pending — such a session can do nothing but complete it.
 */
export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  state: 'active' | 'mfa_required' | 'mfa_enrolment';
  auth_method: 'password' | 'sso' | 'setup';
  created_at: string;
  authenticated_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** A single-use token (first-administrator setup, password reset); stored as SHA-256. */
export interface OneTimeTokenTable {
  token_hash: string;
  purpose: 'setup' | 'password_reset';
  user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Failed sign-ins per account (`account:<email>`) and per client address (`ip:<address>`) in a window. */
export interface SignInThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
}

export type ApiTokenRow = Selectable<ApiTokenTable>;
export type UserSessionRow = Selectable<UserSessionTable>;
