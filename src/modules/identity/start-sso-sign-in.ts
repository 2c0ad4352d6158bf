import * as oidc from 'openid-client';
import type { ServiceContext } from '@/platform/context';
import type { SsoErrorCode } from '@/shared/sso-errors';
import { oidcConfiguration, oidcRedirectUri } from './oidc-client';
import { sealSsoFlow, SSO_FLOW_LIFETIME_MS } from './sso-flow';

/** Where to send the browser, and the sealed flow state it must bring back; or why SSO cannot start. */
export type SsoStart =
  | { readonly ok: true; readonly authorizationUrl: string; readonly sealedFlow: string }
  | { readonly ok: false; readonly error: SsoErrorCode };

/**
 * Starts a single sign-on: an authorization-code request to the provider with PKCE (S256), a fresh `state`
 * (binds the answer to this browser) and `nonce` (binds the ID token to this request). Nothing changes on
 * the platform, so nothing is audited; an unreachable provider is logged.
 */
export async function startSsoSignIn({ ctx }: { ctx: ServiceContext }): Promise<SsoStart> {
  const settings = ctx.security.sso;
  if (settings === undefined || settings === null) {
    return { ok: false, error: 'not_configured' };
  }
  let configuration: oidc.Configuration;
  try {
    configuration = await oidcConfiguration(settings);
  } catch (error) {
    ctx.log.warn({ event: 'sso_discovery_failure', issuer: settings.issuer, err: error }, 'SSO provider');
    return { ok: false, error: 'provider_unavailable' };
  }
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: oidcRedirectUri(ctx.security.publicUrl),
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const sealedFlow = sealSsoFlow(ctx.security.keys.sessionKey, {
    state,
    nonce,
    codeVerifier,
    expiresAt: ctx.now().getTime() + SSO_FLOW_LIFETIME_MS,
  });
  return { ok: true, authorizationUrl: authorizationUrl.href, sealedFlow };
}
