import type { Kysely, Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from './db/database';
import type { Dialect } from './db/connect';
import type { Keys } from './keys';

/** A role held over a scope: everywhere (both null), one organisation, and/or one country. */
export interface ActorGrant {
  readonly role: string;
  readonly organisationId: string | null;
  readonly countryCode: string | null;
}

/** A signed-in person, through a browser session or an API token. */
export interface UserActor {
  readonly type: 'user';
  readonly userId: string;
  readonly email: string;
  readonly organisationId: string;
  readonly organisationCountry: string | null;
  readonly grants: readonly ActorGrant[];
  readonly via: 'session' | 'token';
  /** The session's id hash or the token's id, so a request can name the credential it used. */
  readonly credentialId: string;
  /** When the person last proved who they are (password, MFA or SSO); for re-authentication checks. */
  readonly authenticatedAt: string;
}

/** Who is acting. */
export type Actor =
  | { readonly type: 'anonymous' }
  | { readonly type: 'system'; readonly name: string }
  | { readonly type: 'cli'; readonly command: string }
  | UserActor;

/** Everything a verb needs, passed explicitly: no globals, no container. */
export interface ServiceContext {
  readonly actor: Actor;
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly now: () => Date;
  readonly log: Logger;
  readonly requestId: string;
  readonly security: SecuritySettings;
}

/** What security-sensitive verbs need beyond the database: keys, the MFA policy and single sign-on. */
export interface SecuritySettings {
  readonly keys: Keys;
  readonly requireMfa: 'all' | 'roles';
  /**
   * Where users reach the web app; links in mail point here (never derived from a request's Host), and so
   * does the OpenID Connect redirect URI, `<publicUrl>/api/v1/auth/oidc/callback`.
   */
  readonly publicUrl: string;
  /** Single sign-on through an OpenID Connect provider; absent or null when it is not configured. */
  readonly sso?: SsoSettings | null;
}

/** The OpenID Connect provider users may sign in with (CARSI_OIDC_*). */
export interface SsoSettings {
  /** The provider's issuer identifier; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The text of the sign-in button. */
  readonly label: string;
}

/**
 * Runs `work` in one transaction, or inside the caller's transaction when `ctx.db` already is one,
 * so a verb calling another verb stays atomic.
 */
export async function withTransaction<T>(
  ctx: ServiceContext,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) {
    return work(ctx.db as Transaction<Database>);
  }
  return ctx.db.transaction().execute(work);
}
