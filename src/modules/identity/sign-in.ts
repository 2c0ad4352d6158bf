import { z } from 'zod';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { AppError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { verifyPassword } from './password-hash';
import { openSignedInSession } from './session-state';
import type { StartedSession } from './sessions';
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
    return openSignedInSession(trx, ctx, {
      user,
      method: 'password',
      details: { clientAddress: input.clientAddress },
    });
  });
}
