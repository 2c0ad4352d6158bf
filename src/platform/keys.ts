import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import type { SecuritySettings } from './context';

/** The secrets of the platform: session signing and field encryption, 32 bytes each. */
export interface Keys {
  readonly sessionKey: Buffer;
  readonly fieldKey: Buffer;
}

const KEY_FILE = 'keys.json';

/**
 * Returns the keys from the environment; in embedded (non-production) mode a missing key is generated
 * once into `<data dir>/keys.json` with mode 0600 and reused on later starts.
 */
export function loadOrCreateKeys(config: Pick<Config, 'dataDir' | 'keys'>): Keys {
  if (config.keys.sessionKey !== undefined && config.keys.fieldKey !== undefined) {
    return decode({ sessionKey: config.keys.sessionKey, fieldKey: config.keys.fieldKey });
  }
  const file = path.join(config.dataDir, KEY_FILE);
  const stored = readKeyFile(file);
  const keys = {
    sessionKey: config.keys.sessionKey ?? stored?.sessionKey ?? randomKey(),
    fieldKey: config.keys.fieldKey ?? stored?.fieldKey ?? randomKey(),
  };
  if (stored?.sessionKey !== keys.sessionKey || stored.fieldKey !== keys.fieldKey) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
    fs.chmodSync(file, 0o600);
  }
  return decode(keys);
}

function readKeyFile(file: string): { sessionKey?: string; fieldKey?: string } | undefined {
  if (!fs.existsSync(file)) {
    return undefined;
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { sessionKey?: string; fieldKey?: string };
}

function randomKey(): string {
  return crypto.randomBytes(32).toString('base64');
}

function decode(keys: { sessionKey: string; fieldKey: string }): Keys {
  return {
    sessionKey: Buffer.from(keys.sessionKey, 'base64'),
    fieldKey: Buffer.from(keys.fieldKey, 'base64'),
  };
}

const AUDIT_KEY_FILE = 'audit-signing-key.der';

/**
 * The Ed25519 key that signs audit anchors. Kept outside the database (environment, or in embedded mode a
 * file in the data directory with mode 0600), so whoever can rewrite the database cannot forge an anchor.
 */
export function loadOrCreateAuditSigningKey(config: Pick<Config, 'dataDir' | 'keys'>): crypto.KeyObject {
  const fromEnv = config.keys.auditSigningKey;
  const file = path.join(config.dataDir, AUDIT_KEY_FILE);
  if (fromEnv === undefined && !fs.existsSync(file)) {
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, privateKey.export({ format: 'der', type: 'pkcs8' }), { mode: 0o600 });
    fs.chmodSync(file, 0o600);
  }
  const der = fromEnv === undefined ? fs.readFileSync(file) : Buffer.from(fromEnv, 'base64');
  return crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** Fresh random keys held only in memory: for tests and for rendering the OpenAPI document. */
export function ephemeralKeys(): Keys {
  return { sessionKey: crypto.randomBytes(32), fieldKey: crypto.randomBytes(32) };
}

/**
 * The security settings of a running server or CLI: keys (generated in embedded mode), MFA policy, URL,
 * single sign-on.
 */
export function securitySettings(config: Config): SecuritySettings {
  return {
    keys: loadOrCreateKeys(config),
    requireMfa: config.requireMfa,
    publicUrl:
      config.publicUrl ??
      `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
    sso: config.oidc,
  };
}
