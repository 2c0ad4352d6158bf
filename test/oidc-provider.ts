import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import Provider, { type Account } from 'oidc-provider';

/** A person the test provider knows, signed in by typing the account id (any password) on its login page. */
export interface TestOidcAccount {
  readonly email?: string;
  readonly emailVerified?: boolean;
  readonly name?: string;
  readonly locale?: string;
}

export interface TestOidcProvider {
  /** `http://127.0.0.1:<port>`: the issuer identifier, and where discovery is. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider 9) on a free loopback port, with one confidential client
 * (`client_secret_basic`, PKCE required) and the development login and consent pages, where any password is
 * accepted for the accounts given. E-mail claims are released with the `email` scope (through userinfo,
 * as oidc-provider does for the code flow).
 */
export async function startOidcProvider(options: {
  readonly redirectUris: readonly string[];
  readonly accounts: Readonly<Record<string, TestOidcAccount>>;
}): Promise<TestOidcProvider> {
  // Listening first: the issuer identifier contains the port. The provider answers requests from then on.
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'carsi-test';
  const clientSecret = crypto.randomBytes(24).toString('base64url');
  // Generated off the event loop: a blocked loop makes the app under test shed load (503 under pressure).
  const { privateKey } = await promisify(crypto.generateKeyPair)('rsa', { modulusLength: 2048 });
  const signingKey = privateKey.export({ format: 'jwk' });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [...options.redirectUris],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'locale'],
    },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_context: unknown, sub: string): Promise<Account | undefined> => {
      const account = options.accounts[sub];
      if (account === undefined) {
        return undefined;
      }
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
          locale: account.locale,
        }),
      };
    },
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // The app's HTTP client keeps connections alive; they would hold close() open.
      server.closeAllConnections();
      await closed;
    },
  };
}
