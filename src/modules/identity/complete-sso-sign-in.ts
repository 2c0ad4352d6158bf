import type { Transaction } from 'kysely';
import { recordAudit } from '@/modules/audit';
import type { Role } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import type { SsoErrorCode } from '@/shared/sso-errors';
import { createUser } from './create-user';
import { oidcConfiguration, oidcRedirectUri } from './oidc-client';
import { openSignedInSession } from './session-state';
import type { StartedSession } from './sessions';
import { openSsoFlow } from './sso-flow';
import { redeemSsoCode, ssoErrorOf, type SsoIdentity } from './sso-identity';
import { findSsoRuleByDomain } from './sso-rule.repository';
import { Email } from './user.schemas';
import { findUserByEmail, findUserById } from './user.repository';

/** A session for the person who came back from the provider, or why they may not enter. */
export type SsoCompletion =
  | { readonly ok: true; readonly session: StartedSession }
  | { readonly ok: false; readonly error: SsoErrorCode };

interface CallbackInput {
  /** The query string the provider sent the browser back with (`?code=…&state=…&iss=…`, or an error). */
  readonly query: string;
  /** The flow state `startSsoSignIn` sealed into the browser's cookie. */
  readonly sealedFlow: string | undefined;
  readonly clientAddress: string;
}

/**
 * Completes a single sign-on when the provider sends the browser back: checks the flow state, redeems the
 * code, and requires a verified e-mail. An enabled account with that e-mail is signed in; otherwise the
 * rule for the e-mail's domain creates one in its organisation with its role; otherwise entry is refused.
 * The session starts under the MFA rules of password sign-in (an IdP's own second factor is not taken on
 * trust). Every outcome is audited, in the same transaction as what it records.
 */
export async function completeSsoSignIn({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CallbackInput;
}): Promise<SsoCompletion> {
  const settings = ctx.security.sso;
  if (settings === undefined || settings === null) {
    return refuse(ctx, input, 'not_configured', { reason: 'not_configured' });
  }
  const callbackUrl = new URL(oidcRedirectUri(ctx.security.publicUrl));
  callbackUrl.search = input.query;
  const flow = openSsoFlow(ctx.security.keys.sessionKey, input.sealedFlow, ctx.now());
  if (flow === undefined || callbackUrl.searchParams.get('state') !== flow.state) {
    return refuse(ctx, input, 'invalid_state', {
      reason: flow === undefined ? 'missing_or_expired_flow' : 'state_mismatch',
    });
  }
  let identity: SsoIdentity;
  try {
    identity = await redeemSsoCode(await oidcConfiguration(settings), callbackUrl, flow);
  } catch (error) {
    const code = ssoErrorOf(error);
    ctx.log.warn({ event: 'sso_failure', issuer: settings.issuer, code, err: error }, 'security event');
    return refuse(ctx, input, code, {
      reason: code,
      providerError: error instanceof Error ? error.message.slice(0, 200) : String(error),
    });
  }
  const email = Email.safeParse(identity.email);
  if (!email.success || !identity.emailVerified) {
    return refuse(ctx, input, 'email_unverified', {
      reason: email.success ? 'email_unverified' : 'no_email',
      email: identity.email ?? null,
      subject: identity.subject,
    });
  }
  return withTransaction(ctx, (trx) => signInOrProvision(ctx, trx, input, identity, email.data));
}

async function signInOrProvision(
  ctx: ServiceContext,
  trx: Transaction<Database>,
  input: CallbackInput,
  identity: SsoIdentity,
  email: string,
): Promise<SsoCompletion> {
  const facts = { method: 'sso', email, subject: identity.subject, clientAddress: input.clientAddress };
  let user = await findUserByEmail(trx, email);
  let provisionedBy: string | null = null;
  if (user !== undefined && user.disabled_at !== null) {
    await recordAudit(trx, ctx, {
      action: 'auth.sign_in_failure',
      entity: 'user',
      entityId: user.id,
      details: { ...facts, reason: 'disabled' },
    });
    return { ok: false, error: 'not_allowed' };
  }
  if (user === undefined) {
    const rule = await findSsoRuleByDomain(trx, email.slice(email.lastIndexOf('@') + 1));
    if (rule === undefined) {
      await recordAudit(trx, ctx, {
        action: 'auth.sign_in_failure',
        entity: 'user',
        entityId: 'unknown',
        details: { ...facts, reason: 'no_rule_for_domain' },
      });
      return { ok: false, error: 'not_allowed' };
    }
    // The platform, not the anonymous visitor, creates the account, as the rule an administrator set says.
    const created = await createUser({
      ctx: { ...ctx, db: trx, actor: { type: 'system', name: 'sso' } },
      input: {
        email,
        name: (identity.name ?? email.slice(0, email.lastIndexOf('@'))).slice(0, 200),
        organisationId: rule.organisation_id,
        language: identity.locale?.toLowerCase().startsWith('en') === true ? 'en' : 'es',
        grants: [
          { role: rule.role as Role, organisationId: rule.organisation_id, countryCode: rule.country_code },
        ],
      },
    });
    user = await findUserById(trx, created.id);
    if (user === undefined) {
      throw new Error(`the user ${created.id} just created is missing`);
    }
    provisionedBy = rule.id;
  }
  const session = await openSignedInSession(trx, ctx, {
    user,
    method: 'sso',
    details: { ...facts, provisionedBySsoRule: provisionedBy },
  });
  return { ok: true, session };
}

/** Records a refused SSO sign-in in its own transaction and names the refusal for the person. */
async function refuse(
  ctx: ServiceContext,
  input: CallbackInput,
  error: SsoErrorCode,
  details: Record<string, unknown>,
): Promise<SsoCompletion> {
  await withTransaction(ctx, (trx) =>
    recordAudit(trx, ctx, {
      action: 'auth.sign_in_failure',
      entity: 'user',
      entityId: 'unknown',
      details: { method: 'sso', clientAddress: input.clientAddress, ...details },
    }),
  );
  ctx.log.warn({ event: 'sign_in_failure', method: 'sso', error }, 'security event');
  return { ok: false, error };
}
