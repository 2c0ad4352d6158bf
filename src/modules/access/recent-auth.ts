import type { Actor } from '@/platform/context';
import { AppError } from '@/platform/errors';

/** How fresh a sign-in must be for sensitive actions (SECURITY.md S5). */
export const REAUTH_WINDOW_MS = 5 * 60_000;

/**
 * Sensitive actions (role grants, API tokens, MFA changes) need a recent proof of identity from a browser
 * session; operators and tokens (created under that rule) pass.
 * @throws AppError `reauth_required`
 */
export function requireRecentAuthentication(actor: Actor, now: Date): void {
  if (actor.type !== 'user' || actor.via !== 'session') {
    return;
  }
  if (now.getTime() - Date.parse(actor.authenticatedAt) > REAUTH_WINDOW_MS) {
    throw new AppError('reauth_required');
  }
}
