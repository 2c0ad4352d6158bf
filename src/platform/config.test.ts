import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to embedded SQLite in ./data, 127.0.0.1:8080', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ dialect: 'sqlite', file: path.resolve('data/carsi.db') });
    expect([config.host, config.port]).toEqual(['127.0.0.1', 8080]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('follows CARSI_DATA_DIR and reads PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ CARSI_DATA_DIR: '/var/lib/carsi' }).database).toEqual({
      dialect: 'sqlite',
      file: '/var/lib/carsi/carsi.db',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://carsi@db/carsi' }).database).toEqual({
      dialect: 'postgres',
      url: 'postgres://carsi@db/carsi',
    });
  });

  it('lists every invalid variable at once', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'DATABASE_URL',
      'LOG_LEVEL',
      'PORT',
    ]);
  });

  it('K1: requires the session, field and audit-signing keys from the environment in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/CARSI_SESSION_KEY: required in production/);
    const key = Buffer.alloc(32, 7).toString('base64');
    const auditKey = crypto
      .generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'der', type: 'pkcs8' })
      .toString('base64');
    const config = loadConfig({
      NODE_ENV: 'production',
      CARSI_SESSION_KEY: key,
      CARSI_FIELD_KEY: key,
      CARSI_AUDIT_SIGNING_KEY: auditKey,
    });
    expect(config.keys.fieldKey).toBe(key);
    expect(() => loadConfig({ CARSI_FIELD_KEY: 'c2hvcnQ=' })).toThrow(/CARSI_FIELD_KEY: must be 32 bytes/);
    expect(() => loadConfig({ CARSI_AUDIT_SIGNING_KEY: key })).toThrow(/must be an Ed25519 private key/);
  });
});
