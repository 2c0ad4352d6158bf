import * as oidc from 'openid-client';
import type { SsoSettings } from '@/platform/context';

/** Seconds the server waits for the provider (discovery, token, userinfo) before giving up. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/**
 * Discovered provider configurations, one per provider and client, kept for the life of the process: the
 * metadata rarely changes, and a restart picks up a change. A failed discovery is not kept, so the next
 * sign-in tries again. Signing keys are fetched (and refreshed on rotation) by openid-client itself.
 */
const discovered = new Map<string, Promise<oidc.Configuration>>();

/**
 * The openid-client configuration of the SSO provider: its metadata discovered from
 * `<issuer>/.well-known/openid-configuration` (whose `issuer` must equal the configured one), and this
 * server as a confidential client authenticating with `client_secret_basic`, the OpenID Connect default.
 * @throws whatever openid-client throws when the provider cannot be reached or its metadata is invalid
 */
export function oidcConfiguration(settings: SsoSettings): Promise<oidc.Configuration> {
  const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]);
  let configuration = discovered.get(key);
  if (configuration === undefined) {
    configuration = oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      { client_secret: settings.clientSecret },
      oidc.ClientSecretBasic(settings.clientSecret),
      {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        // Configuration accepts http:// only for a provider on loopback (src/platform/config.ts).
        execute: new URL(settings.issuer).protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      },
    );
    discovered.set(key, configuration);
    configuration.catch(() => discovered.delete(key));
  }
  return configuration;
}

/** Where the provider sends the browser back to: `<publicUrl>/api/v1/auth/oidc/callback`. */
export function oidcRedirectUri(publicUrl: string): string {
  return `${publicUrl}/api/v1/auth/oidc/callback`;
}
