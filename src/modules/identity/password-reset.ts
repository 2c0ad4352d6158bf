import { z } from 'zod';
import { recordAudit } from '@/modules/audit';
import { queueMail } from '@/modules/mail';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { parseInput } from '@/platform/validation';
import { consumeOneTimeToken, issueOneTimeToken } from './one-time-tokens';
import { assertAcceptablePassword } from './password-policy';
import { hashPassword } from './password-hash';
import { endAllSessions } from './sessions';
import { findUserByEmail, findUserById } from './user.repository';

/** A reset link works for 30 minutes, once (SECURITY.md A7). */
const RESET_TTL_MS = 30 * 60_000;

export const RequestPasswordResetInput = z.strictObject({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((email) => email.toLowerCase()),
});
export type RequestPasswordResetInput = z.input<typeof RequestPasswordResetInput>;

export const CompletePasswordResetInput = z.strictObject({
  token: z.string().min(20).max(200),
  newPassword: z.string().max(1024),
});
export type CompletePasswordResetInput = z.input<typeof CompletePasswordResetInput>;

const MAIL = {
  es: (link: string) => ({
    subject: 'Restablecer su contraseña — Plataforma CARSI',
    body: `Alguien pidió restablecer la contraseña de esta cuenta. Si fue usted, abra este enlace en los próximos 30 minutos:\n\n${link}\n\nSi no fue usted, ignore este mensaje; su contraseña no cambia.`,
  }),
  en: (link: string) => ({
    subject: 'Reset your password — CARSI Platform',
    body: `Someone asked to reset this account's password. If it was you, open this link within 30 minutes:\n\n${link}\n\nIf it was not you, ignore this message; your password does not change.`,
  }),
};

/**
 * Mails a single-use reset link to an existing, enabled account. Answers the same whether or not the
 * account exists, so it reveals nothing (SECURITY.md A8).
 */
export async function requestPasswordReset({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RequestPasswordResetInput;
}): Promise<void> {
  const { email } = parseInput(RequestPasswordResetInput, input, 'body');
  const user = await findUserByEmail(ctx.db, email);
  if (user === undefined || user.disabled_at !== null) {
    return;
  }
  await withTransaction(ctx, async (trx) => {
    const token = await issueOneTimeToken(trx, {
      purpose: 'password_reset',
      userId: user.id,
      ttlMs: RESET_TTL_MS,
      now: ctx.now(),
    });
    // The token travels in the URL fragment, which browsers never send to servers or in Referer headers.
    const message = MAIL[user.language === 'en' ? 'en' : 'es'](
      `${ctx.security.publicUrl}/reset-password#token=${token}`,
    );
    await queueMail(trx, ctx, { to: user.email, ...message });
    await recordAudit(trx, ctx, { action: 'user.password_reset_request', entity: 'user', entityId: user.id });
  });
}

/**
 * Sets a new password with a reset token and ends every session of the user. It signs nobody in: the user
 * then signs in with the new password and, where enabled, the second factor (A7: reset does not bypass MFA).
 * @throws AppError `invalid_token`; ValidationError (password policy)
 */
export async function completePasswordReset({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CompletePasswordResetInput;
}): Promise<void> {
  const body = parseInput(CompletePasswordResetInput, input, 'body');
  assertAcceptablePassword(body.newPassword, 'body.newPassword');
  const passwordHash = await hashPassword(body.newPassword);
  await withTransaction(ctx, async (trx) => {
    const { userId } = await consumeOneTimeToken(trx, {
      purpose: 'password_reset',
      token: body.token,
      now: ctx.now(),
    });
    const user = userId === null ? undefined : await findUserById(trx, userId);
    if (user === undefined) {
      return;
    }
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, updated_at: ctx.now().toISOString() })
      .where('id', '=', user.id)
      .execute();
    await endAllSessions(trx, user.id, ctx.now());
    await recordAudit(trx, ctx, { action: 'user.password_reset', entity: 'user', entityId: user.id });
  });
}
