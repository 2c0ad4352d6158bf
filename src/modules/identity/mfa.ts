import { z } from 'zod';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { decryptField, encryptField } from '@/platform/crypto/field-cipher';
import { AppError, ConflictError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import type { AuthenticatedSession } from './authenticate-session';
import { rotateSession, type StartedSession } from './sessions';
import { recordFailure } from './sign-in-throttle';
import { buildUserActor } from './build-actor';
import { sha256Hex } from '@/platform/crypto/secrets';
import { acceptTotp, newTotpEnrolment } from './totp';

export const MfaCodeInput = z.strictObject({ code: z.string().trim().max(10) });
export type MfaCodeInput = z.input<typeof MfaCodeInput>;

const secretAad = (userId: string) => `app_user.mfa_secret.${userId}`;

/**
 * Starts (or restarts) TOTP enrolment: a new secret, stored encrypted and not yet enabled, returned once as
 * an otpauth:// URI and a QR code. Allowed while enrolling after sign-in, or from an active session.
 * @throws AppError `mfa_pending` when the session is waiting for a code instead; ConflictError when MFA is on
 */
export async function startMfaEnrolment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { auth: AuthenticatedSession };
}): Promise<{ secret: string; uri: string; qrSvgDataUrl: string }> {
  const { session, user } = input.auth;
  if (session.state === 'mfa_required') {
    throw new AppError('mfa_pending');
  }
  if (user.mfa_enabled === 1) {
    // Replacing a working second factor would let a stolen session lock its owner out.
    throw new ConflictError([
      {
        path: 'mfa',
        code: 'mfa_already_enabled',
        message: {
          es: 'La verificación en dos pasos ya está activa; un administrador puede restablecerla.',
          en: 'Two-step verification is already on; an administrator can reset it.',
        },
      },
    ]);
  }
  const enrolment = await newTotpEnrolment(user.email);
  const encrypted = encryptField(ctx.security.keys.fieldKey, enrolment.secret, secretAad(user.id));
  await ctx.db
    .updateTable('app_user')
    .set({ mfa_secret: encrypted, mfa_last_step: null })
    .where('id', '=', user.id)
    .execute();
  return enrolment;
}

/**
 * Checks a TOTP code: completes sign-in (`mfa_required`), or enables MFA (`mfa_enrolment`, or an active
 * session enrolling). Either way the session id is replaced (SECURITY.md S1). A code is accepted once.
 * @throws AppError `invalid_mfa_code`
 */
export async function verifyMfaCode({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { auth: AuthenticatedSession; body: MfaCodeInput; clientAddress: string };
}): Promise<StartedSession> {
  const { code } = parseInput(MfaCodeInput, input.body, 'body');
  const { session, user } = input.auth;
  const now = ctx.now();
  const secret =
    user.mfa_secret === null
      ? null
      : decryptField(ctx.security.keys.fieldKey, user.mfa_secret, secretAad(user.id));
  const step = secret === null ? null : acceptTotp(secret, code, now, user.mfa_last_step);
  if (step === null) {
    await withTransaction(ctx, async (trx) => {
      await recordFailure(
        trx,
        [
          { kind: 'account', value: user.email },
          { kind: 'ip', value: input.clientAddress },
        ],
        now,
      );
      await recordAudit(trx, ctx, {
        action: 'auth.sign_in_failure',
        entity: 'user',
        entityId: user.id,
        details: { reason: 'wrong_mfa_code', clientAddress: input.clientAddress },
      });
    });
    throw new AppError('invalid_mfa_code');
  }
  return withTransaction(ctx, async (trx) => {
    const enabling = user.mfa_enabled !== 1;
    await trx
      .updateTable('app_user')
      .set({ mfa_enabled: 1, mfa_last_step: step, last_sign_in_at: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    const next = await rotateSession(trx, {
      sessionIdHash: session.id_hash,
      userId: user.id,
      state: 'active',
      method: session.auth_method,
      now,
    });
    const actor = await buildUserActor(trx, user, {
      via: 'session',
      credentialId: sha256Hex(next.sessionId),
      authenticatedAt: now.toISOString(),
    });
    await recordAudit(
      trx,
      { ...ctx, actor },
      {
        action: enabling ? 'user.mfa_enable' : 'auth.sign_in',
        entity: 'user',
        entityId: user.id,
        details: { method: 'totp', clientAddress: input.clientAddress },
      },
    );
    return next;
  });
}
