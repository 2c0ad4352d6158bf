import crypto from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/**
 * The platform's configuration, parsed once from the environment at boot and frozen.
 * This is the only file in `src/` that reads `process.env` (lint-enforced).
 */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly database:
    | { readonly dialect: 'sqlite'; readonly file: string }
    | { readonly dialect: 'postgres'; readonly url: string };
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Whether the app sits behind a TLS-terminating proxy; enables HSTS and trusts X-Forwarded-*. */
  readonly trustProxy: boolean;
  readonly rateLimitPerMinute: number;
  readonly bodyLimitBytes: number;
  /** The largest IATI file an upload may send (the import streams it, so this bounds disk, not memory). */
  readonly importLimitBytes: number;
  /** `all`: every user needs MFA (production default). `roles`: only admins and vetting officers (demo). */
  readonly requireMfa: 'all' | 'roles';
  /** Address of the web app as users reach it, for links in mail and the setup URL. */
  readonly publicUrl: string | undefined;
  /** SMTP server for outgoing mail (`smtp://user:pass@host:587`); without it mail stays in the outbox. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Load the fictional demo portfolio on the first start of an empty platform (never in production by default). */
  readonly demoOnFirstStart: boolean;
  /** Fetching registered public IATI sources (docs/SOURCES.md); the size limit is `importLimitBytes`. */
  readonly sync: {
    /** The IATI Registry's CKAN action API, which lists a publisher's activity files. */
    readonly registryUrl: string;
    /** The IATI Datastore address a source's stored query is appended to. */
    readonly datastoreUrl: string;
    /** Sent as `Ocp-Apim-Subscription-Key` to the Datastore, which requires one; unset: none is sent. */
    readonly datastoreKey: string | undefined;
    /** A request is abandoned when the server sends nothing for this long (headers or body). */
    readonly timeoutMs: number;
    /** A request (its redirects included) is abandoned when it has not ended after this long in all. */
    readonly deadlineMs: number;
    /**
     * Whether sources may be fetched from loopback, private, link-local or unique-local addresses (a
     * publisher's server on the organisation's own network; tests). Off: such destinations are refused, at
     * registration, on every redirect and for every address a host name resolves to.
     */
    readonly allowPrivateAddresses: boolean;
    /** Retries after a network error, a timeout, a 5xx or a 429 (so at most retries + 1 requests). */
    readonly retries: number;
    /** The first retry waits this long, each next one twice as long. */
    readonly retryDelayMs: number;
    /** Whether the server fetches sources whose interval has elapsed (off in tests by default). */
    readonly schedule: boolean;
  };
  /**
   * Single sign-on through an OpenID Connect provider, or null when not configured. Set by the three
   * `CARSI_OIDC_*` variables together; the redirect URI to register at the provider is
   * `<public URL>/api/v1/auth/oidc/callback`.
   */
  readonly oidc: {
    readonly issuer: string;
    readonly clientId: string;
    readonly clientSecret: string;
    /** The text of the sign-in button, e.g. the organisation's name for its provider. */
    readonly label: string;
  } | null;
  /** Secrets from the environment; in embedded mode missing ones are generated into the data directory. */
  readonly keys: {
    readonly sessionKey?: string;
    readonly fieldKey?: string;
    readonly auditSigningKey?: string;
  };
}

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  CARSI_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(
      /^(sqlite:|postgres:\/\/|postgresql:\/\/)/,
      'must start with sqlite:, postgres:// or postgresql://',
    )
    .optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CARSI_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  CARSI_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  CARSI_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  CARSI_IMPORT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(300 * 1024 * 1024),
  CARSI_REQUIRE_MFA: z.enum(['all', 'roles']).optional(),
  CARSI_PUBLIC_URL: z.url().optional(),
  CARSI_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  CARSI_MAIL_FROM: z.string().min(3).max(200).default('CARSI <no-reply@localhost>'),
  CARSI_DEMO_ON_FIRST_START: z.enum(['true', 'false']).optional(),
  CARSI_IATI_REGISTRY_URL: z.url().default('https://iatiregistry.org/api/3/action'),
  CARSI_IATI_DATASTORE_URL: z.url().default('https://api.iatistandard.org/datastore/activity/iati'),
  CARSI_IATI_DATASTORE_KEY: z.string().min(1).max(500).optional(),
  CARSI_SYNC_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  CARSI_SYNC_DEADLINE_MS: z.coerce.number().int().min(100).max(7_200_000).default(1_800_000),
  CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES: z.enum(['true', 'false']).default('false'),
  CARSI_SYNC_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  CARSI_SYNC_RETRY_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
  CARSI_SYNC_SCHEDULE: z.enum(['true', 'false']).optional(),
  CARSI_SESSION_KEY: base64Key.optional(),
  CARSI_FIELD_KEY: base64Key.optional(),
  CARSI_AUDIT_SIGNING_KEY: z
    .string()
    .refine(isEd25519PrivateKey, 'must be an Ed25519 private key (PKCS#8 DER, base64)')
    .optional(),
  CARSI_OIDC_ISSUER: z
    .url()
    .refine(isHttpsOrLoopback, 'must be an https:// URL (http:// only on 127.0.0.1, [::1] or localhost)')
    .optional(),
  CARSI_OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  CARSI_OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  CARSI_OIDC_LABEL: z.string().trim().min(1).max(60).optional(),
});

/** The variables that switch single sign-on on: all three, or none of them (nor CARSI_OIDC_LABEL). */
const OIDC_VARIABLES = ['CARSI_OIDC_ISSUER', 'CARSI_OIDC_CLIENT_ID', 'CARSI_OIDC_CLIENT_SECRET'] as const;

/** Raised when the environment is invalid; lists every problem at once so operators fix them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses and freezes the configuration.
 * @throws ConfigError when a variable is malformed, or production lacks its keys.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const vars = parsed.data;
  const dataDir = path.resolve(vars.CARSI_DATA_DIR);
  const databaseUrl = vars.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'carsi.db')}`;
  const database = databaseUrl.startsWith('sqlite:')
    ? { dialect: 'sqlite' as const, file: sqliteFile(databaseUrl.slice('sqlite:'.length), dataDir) }
    : { dialect: 'postgres' as const, url: databaseUrl };

  if (vars.NODE_ENV === 'production') {
    const missing = ['CARSI_SESSION_KEY', 'CARSI_FIELD_KEY', 'CARSI_AUDIT_SIGNING_KEY'].filter(
      (name) => !env[name],
    );
    if (missing.length > 0) {
      throw new ConfigError(
        missing.map((name) => `${name}: required in production (see README, Configuration)`),
      );
    }
  }

  const oidcMissing = OIDC_VARIABLES.filter((name) => vars[name] === undefined);
  const oidcWanted = oidcMissing.length < OIDC_VARIABLES.length || vars.CARSI_OIDC_LABEL !== undefined;
  if (oidcWanted && oidcMissing.length > 0) {
    throw new ConfigError(
      oidcMissing.map((name) => `${name}: required when any CARSI_OIDC_* variable is set (single sign-on)`),
    );
  }
  const oidc =
    vars.CARSI_OIDC_ISSUER !== undefined &&
    vars.CARSI_OIDC_CLIENT_ID !== undefined &&
    vars.CARSI_OIDC_CLIENT_SECRET !== undefined
      ? Object.freeze({
          issuer: vars.CARSI_OIDC_ISSUER,
          clientId: vars.CARSI_OIDC_CLIENT_ID,
          clientSecret: vars.CARSI_OIDC_CLIENT_SECRET,
          label: vars.CARSI_OIDC_LABEL ?? 'SSO',
        })
      : null;

  return Object.freeze({
    env: vars.NODE_ENV,
    dataDir,
    databaseUrl,
    database: Object.freeze(database),
    host: vars.HOST,
    port: vars.PORT,
    logLevel: vars.LOG_LEVEL,
    trustProxy: vars.CARSI_TRUST_PROXY === 'true',
    rateLimitPerMinute: vars.CARSI_RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: vars.CARSI_BODY_LIMIT_BYTES,
    importLimitBytes: vars.CARSI_IMPORT_LIMIT_BYTES,
    requireMfa: vars.CARSI_REQUIRE_MFA ?? (vars.NODE_ENV === 'production' ? 'all' : 'roles'),
    publicUrl: vars.CARSI_PUBLIC_URL?.replace(/\/$/, ''),
    smtpUrl: vars.CARSI_SMTP_URL,
    mailFrom: vars.CARSI_MAIL_FROM,
    demoOnFirstStart:
      (vars.CARSI_DEMO_ON_FIRST_START ?? (vars.NODE_ENV === 'production' ? 'false' : 'true')) === 'true',
    sync: Object.freeze({
      registryUrl: vars.CARSI_IATI_REGISTRY_URL.replace(/\/$/, ''),
      datastoreUrl: vars.CARSI_IATI_DATASTORE_URL.replace(/\/$/, ''),
      datastoreKey: vars.CARSI_IATI_DATASTORE_KEY,
      timeoutMs: vars.CARSI_SYNC_TIMEOUT_MS,
      deadlineMs: vars.CARSI_SYNC_DEADLINE_MS,
      allowPrivateAddresses: vars.CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES === 'true',
      retries: vars.CARSI_SYNC_RETRIES,
      retryDelayMs: vars.CARSI_SYNC_RETRY_DELAY_MS,
      // Tests start servers of their own; a schedule fetching the internet would disturb them.
      schedule: (vars.CARSI_SYNC_SCHEDULE ?? (vars.NODE_ENV === 'test' ? 'false' : 'true')) === 'true',
    }),
    oidc,
    keys: Object.freeze({
      sessionKey: vars.CARSI_SESSION_KEY,
      fieldKey: vars.CARSI_FIELD_KEY,
      auditSigningKey: vars.CARSI_AUDIT_SIGNING_KEY,
    }),
  });
}

/** `sqlite::memory:` stays in memory; relative paths are taken from the data directory's parent (cwd). */
function sqliteFile(location: string, dataDir: string): string {
  if (location === ':memory:') {
    return location;
  }
  if (location === '') {
    return path.join(dataDir, 'carsi.db');
  }
  return path.resolve(location);
}

/**
 * Tokens and ID tokens travel between the server and the provider: TLS is required, except to a provider on
 * this machine's loopback interface (development, tests), where there is no network to protect.
 */
function isHttpsOrLoopback(value: string): boolean {
  if (!URL.canParse(value)) {
    return true; // reported as not a URL
  }
  const url = new URL(value);
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname))
  );
}

function isEd25519PrivateKey(value: string): boolean {
  try {
    const key = crypto.createPrivateKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8' });
    return key.asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}
