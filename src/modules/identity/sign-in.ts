import { z } from 'zod';
import { recordAudit } from '@/modules/audit';
import { MFA_REQUIRED_ROLES } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { AppError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import type { UserSessionTable } from './credential.table';
import { verifyPassword } from './password-hash';
import { startSession, type StartedSession } from './sessions';
import { assertNotThrottled, clearFailures, recordFailure } from './sign-in-throttle';
import { findUserByEmail } from './user.repository';

export const SignInInput = z.strictObject({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((email) => email.toLowerCase()),
  password: z.string().max(1024),
});
export type SignInInput = z.input<typeof SignInInput>;

/** Whether this user must use a second factor under the platform's MFA policy. */
export function isMfaRequired(requireMfa: 'all' | 'roles', roles: readonly string[]): boolean {
  return (
    requireMfa === 'all' || roles.some((role) => (MFA_REQUIRED_ROLES as readonly string[]).includes(role))
  );
}

/**
 * Checks e-mail and password and starts a session: `active`, or waiting for the second factor
 * (`mfa_required`) or for its enrolment (`mfa_enrolment`) — such a session can do nothing else.
 * Unknown e-mail and wrong password look the same (SECURITY.md A8); failures are throttled per account and
 * per address (A4) and audited.
 * @throws AppError `invalid_credentials`, `rate_limited`
 */
export async function signIn({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { body: SignInInput; clientAddress: string };
}): Promise<StartedSession> {
  const { email, password } = parseInput(SignInInput, input.body, 'body');
  const keys = [
    { kind: 'account' as const, value: email },
    { kind: 'ip' as const, value: input.clientAddress },
  ];
  const now = ctx.now();
  try {
    await assertNotThrottled(ctx.db, keys, now);
  } catch (error) {
    await withTransaction(ctx, (trx) =>
      recordAudit(trx, ctx, {
        action: 'auth.sign_in_failure',
        entity: 'user',
        entityId: 'unknown',
        details: { email, clientAddress: input.clientAddress, reason: 'throttled' },
      }),
    );
    throw error;
  }
  const user = await findUserByEmail(ctx.db, email);
  const valid = await verifyPassword(user?.password_hash ?? null, password);
  if (user === undefined || !valid || user.disabled_at !== null) {
    await withTransaction(ctx, async (trx) => {
      await recordFailure(trx, keys, now);
      await recordAudit(trx, ctx, {
        action: 'auth.sign_in_failure',
        entity: 'user',
        entityId: user?.id ?? 'unknown',
        details: {
          email,
          clientAddress: input.clientAddress,
          reason: user === undefined ? 'unknown_user' : valid ? 'disabled' : 'wrong_password',
        },
      });
    });
    ctx.log.warn({ event: 'sign_in_failure', email, clientAddress: input.clientAddress }, 'security event');
    throw new AppError('invalid_credentials');
  }
  return withTransaction(ctx, async (trx) => {
    await clearFailures(trx, keys[0]!);
    const roles = (
      await trx.selectFrom('role_grant').select('role').where('user_id', '=', user.id).execute()
    ).map((grant) => grant.role);
    const state: UserSessionTable['state'] =
      user.mfa_enabled === 1
        ? 'mfa_required'
        : isMfaRequired(ctx.security.requireMfa, roles)
          ? 'mfa_enrolment'
          : 'active';
    const session = await startSession(trx, { userId: user.id, state, method: 'password', now });
    if (state === 'active') {
      await trx
        .updateTable('app_user')
        .set({ last_sign_in_at: now.toISOString() })
        .where('id', '=', user.id)
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: 'auth.sign_in',
      entity: 'user',
      entityId: user.id,
      details: { method: 'password', state, clientAddress: input.clientAddress },
    });
    ctx.log.info(
      { event: 'sign_in', userId: user.id, state, clientAddress: input.clientAddress },
      'security event',
    );
    return session;
  });
}
