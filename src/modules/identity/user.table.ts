import type { Selectable } from 'kysely';

/**
 * A person who signs in. Belongs to one organisation. `email` is stored lower-case and unique.
 * `password_hash` is an Argon2id PHC string (null for SSO-only or not-yet-set accounts); `mfa_secret` is the
 * TOTP secret encrypted with the field key (AAD `app_user.mfa_secret.<id>`); `mfa_last_step` is the last
 * TOTP step accepted, so a code is never accepted twice. A disabled user cannot sign in or use tokens.
 */
export interface AppUserTable {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  password_hash: string | null;
  mfa_secret: string | null;
  mfa_enabled: number;
  mfa_last_step: number | null;
  language: string;
  disabled_at: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A role held by a user over a scope: everywhere (both null), an organisation and/or a country. */
export interface RoleGrantTable {
  id: string;
  user_id: string;
  role: string;
  organisation_id: string | null;
  country_code: string | null;
  created_at: string;
}

export type AppUserRow = Selectable<AppUserTable>;
export type RoleGrantRow = Selectable<RoleGrantTable>;
