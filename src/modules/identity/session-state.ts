import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { UserSessionTable } from './credential.table';
import { isMfaRequired } from './sign-in';
import type { AppUserRow } from './user.table';

/**
 * The state a new session starts in, by the rules of password sign-in: waiting for the code when the user
 * has a second factor, for its enrolment when the MFA policy requires one of them, otherwise active.
 */
export async function initialSessionState(
  db: Kysely<Database>,
  user: AppUserRow,
  requireMfa: 'all' | 'roles',
): Promise<UserSessionTable['state']> {
  if (user.mfa_enabled === 1) {
    return 'mfa_required';
  }
  const roles = (
    await db.selectFrom('role_grant').select('role').where('user_id', '=', user.id).execute()
  ).map((grant) => grant.role);
  return isMfaRequired(requireMfa, roles) ? 'mfa_enrolment' : 'active';
}
