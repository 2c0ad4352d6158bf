import type { Kysely } from 'kysely';
import { idleTimeoutMinutes } from '@/modules/access';
import type { Database } from '@/platform/db/database';
import { randomToken, sha256Hex } from '@/platform/crypto/secrets';
import type { UserSessionTable } from './credential.table';

/** Absolute session lifetime (SECURITY.md S3). */
export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;

export interface StartedSession {
  /** The cookie value; only its hash is stored. */
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly state: UserSessionTable['state'];
  readonly expiresAt: string;
}

/** Starts a server-side session with a fresh 256-bit id and CSRF token (SECURITY.md S1). */
export async function startSession(
  db: Kysely<Database>,
  input: {
    userId: string;
    state: UserSessionTable['state'];
    method: UserSessionTable['auth_method'];
    now: Date;
  },
): Promise<StartedSession> {
  const sessionId = randomToken();
  const csrfToken = randomToken();
  const now = input.now.toISOString();
  const expiresAt = new Date(input.now.getTime() + SESSION_LIFETIME_MS).toISOString();
  await db
    .insertInto('user_session')
    .values({
      id_hash: sha256Hex(sessionId),
      user_id: input.userId,
      csrf_token: csrfToken,
      state: input.state,
      auth_method: input.method,
      created_at: now,
      authenticated_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute();
  return { sessionId, csrfToken, state: input.state, expiresAt };
}

/**
 * Replaces a session by a new one (new id, new CSRF token) in a new state — after the second factor or a
 * re-authentication — so an id seen before the step is worthless after it.
 */
export async function rotateSession(
  db: Kysely<Database>,
  input: {
    sessionIdHash: string;
    userId: string;
    state: UserSessionTable['state'];
    method: UserSessionTable['auth_method'];
    now: Date;
  },
): Promise<StartedSession> {
  await endSession(db, input.sessionIdHash, input.now);
  return startSession(db, input);
}

export async function endSession(db: Kysely<Database>, sessionIdHash: string, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ revoked_at: now.toISOString() })
    .where('id_hash', '=', sessionIdHash)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function endAllSessions(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Whether a session is still alive at `now`: not ended, within its lifetime and its idle timeout. */
export function isSessionAlive(
  session: Pick<UserSessionTable, 'revoked_at' | 'expires_at' | 'last_seen_at'>,
  roles: readonly string[],
  now: Date,
): boolean {
  const idleMs = idleTimeoutMinutes(roles) * 60_000;
  return (
    session.revoked_at === null &&
    Date.parse(session.expires_at) > now.getTime() &&
    Date.parse(session.last_seen_at) + idleMs > now.getTime()
  );
}
