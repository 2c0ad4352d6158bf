import * as oidc from 'openid-client';
import type { SsoErrorCode } from '@/shared/sso-errors';
import type { SsoFlow } from './sso-flow';

/** Who the provider says signed in. */
export interface SsoIdentity {
  readonly subject: string;
  readonly email: string | undefined;
  readonly emailVerified: boolean;
  readonly name: string | undefined;
  readonly locale: string | undefined;
}

/**
 * Redeems the authorization code (with the PKCE verifier) and reads the person's claims. openid-client
 * checks the response's `state` and `iss`, and the ID token's signature, issuer, audience, expiry and
 * `nonce`. Claims come from the ID token, or from the userinfo endpoint when the provider keeps `email` out
 * of the ID token (as oidc-provider does for the code flow); both belong to the same `sub`.
 * @throws the errors of openid-client; `ssoErrorOf` names them
 */
export async function redeemSsoCode(
  configuration: oidc.Configuration,
  callbackUrl: URL,
  flow: SsoFlow,
): Promise<SsoIdentity> {
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (idToken === undefined) {
    throw new oidc.ClientError('the provider issued no ID token');
  }
  const claims: Record<string, unknown> =
    typeof idToken.email === 'string' || configuration.serverMetadata().userinfo_endpoint === undefined
      ? idToken
      : await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
  const text = (name: string) => {
    const value = claims[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const givenAndFamily = [text('given_name'), text('family_name')].filter(Boolean).join(' ');
  return {
    subject: idToken.sub,
    email: text('email'),
    // Some providers send the boolean as a string.
    emailVerified: claims.email_verified === true || claims.email_verified === 'true',
    name: text('name') ?? (givenAndFamily === '' ? undefined : givenAndFamily),
    locale: text('locale'),
  };
}

/** Which `sso_error` an openid-client failure is, for the person; the log keeps the details. */
export function ssoErrorOf(error: unknown): SsoErrorCode {
  if (error instanceof oidc.AuthorizationResponseError) {
    return error.error === 'access_denied' ? 'cancelled' : 'provider_error';
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    return 'provider_unavailable';
  }
  if (error instanceof oidc.ClientError && (error.code === 'OAUTH_TIMEOUT' || error.code === 'OAUTH_ABORT')) {
    return 'provider_unavailable';
  }
  return 'provider_error';
}
