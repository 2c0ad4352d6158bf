import type { ServiceContext, UserActor } from '@/platform/context';
import { sha256Hex } from '@/platform/crypto/secrets';
import { AppError } from '@/platform/errors';
import { buildUserActor } from './build-actor';
import type { UserSessionRow } from './credential.table';
import { isSessionAlive } from './sessions';
import type { AppUserRow } from './user.table';

/** Refresh `last_seen_at` at most once a minute: the idle timeout needs no finer clock, the database fewer writes. */
const TOUCH_INTERVAL_MS = 60_000;

export interface AuthenticatedSession {
  readonly session: UserSessionRow;
  readonly user: AppUserRow;
  /** The actor, once the session is `active` (after any second factor). */
  readonly actor: UserActor | undefined;
}

/**
 * Resolves a session cookie to its session and user. Ended, expired or idle sessions and disabled users are
 * refused with one answer (SECURITY.md S3, S4).
 * @throws AppError `session_expired`
 */
export async function authenticateSession({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionId: string };
}): Promise<AuthenticatedSession> {
  const idHash = sha256Hex(input.sessionId);
  const session = await ctx.db
    .selectFrom('user_session')
    .selectAll()
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  const user =
    session &&
    (await ctx.db.selectFrom('app_user').selectAll().where('id', '=', session.user_id).executeTakeFirst());
  if (session === undefined || user === undefined || user.disabled_at !== null) {
    throw new AppError('session_expired');
  }
  const roles = (
    await ctx.db.selectFrom('role_grant').select('role').where('user_id', '=', user.id).execute()
  ).map((grant) => grant.role);
  const now = ctx.now();
  if (!isSessionAlive(session, roles, now)) {
    throw new AppError('session_expired');
  }
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) {
    await ctx.db
      .updateTable('user_session')
      .set({ last_seen_at: now.toISOString() })
      .where('id_hash', '=', idHash)
      .execute();
  }
  const actor =
    session.state === 'active'
      ? await buildUserActor(ctx.db, user, {
          via: 'session',
          credentialId: idHash,
          authenticatedAt: session.authenticated_at,
        })
      : undefined;
  return { session, user, actor };
}
