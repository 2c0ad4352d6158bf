import type { Transaction } from 'kysely';
import { MFA_REQUIRED_ROLES } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import type { ServiceContext } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import type { UserSessionTable } from './credential.table';
import { startSession, type StartedSession } from './sessions';
import { buildUserActor } from './build-actor';
import { sha256Hex } from '@/platform/crypto/secrets';
import type { AppUserRow } from './user.table';

/** Whether this user must use a second factor under the platform's MFA policy. */
export function isMfaRequired(requireMfa: 'all' | 'roles', roles: readonly string[]): boolean {
  return (
    requireMfa === 'all' || roles.some((role) => (MFA_REQUIRED_ROLES as readonly string[]).includes(role))
  );
}

/**
 * Opens the session of someone who just proved who they are (password or single sign-on), in the state the
 * MFA rules give: waiting for the code when the user has a second factor, for its enrolment when the policy
 * requires one, otherwise active. Records the sign-in in the audit trail and the security log.
 */
export async function openSignedInSession(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  input: { user: AppUserRow; method: UserSessionTable['auth_method']; details: Record<string, unknown> },
): Promise<StartedSession> {
  const { user } = input;
  const now = ctx.now();
  const roles = (
    await trx.selectFrom('role_grant').select('role').where('user_id', '=', user.id).execute()
  ).map((grant) => grant.role);
  const state: UserSessionTable['state'] =
    user.mfa_enabled === 1
      ? 'mfa_required'
      : isMfaRequired(ctx.security.requireMfa, roles)
        ? 'mfa_enrolment'
        : 'active';
  const session = await startSession(trx, { userId: user.id, state, method: input.method, now });
  if (state === 'active') {
    await trx
      .updateTable('app_user')
      .set({ last_sign_in_at: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
  }
  // The person is identified now, so the record names them rather than an anonymous caller.
  const actor = await buildUserActor(trx, user, {
    via: 'session',
    credentialId: sha256Hex(session.sessionId),
    authenticatedAt: now.toISOString(),
  });
  await recordAudit(
    trx,
    { ...ctx, actor },
    {
      action: 'auth.sign_in',
      entity: 'user',
      entityId: user.id,
      details: { method: input.method, state, ...input.details },
    },
  );
  ctx.log.info(
    { event: 'sign_in', userId: user.id, state, method: input.method, ...input.details },
    'security event',
  );
  return session;
}
