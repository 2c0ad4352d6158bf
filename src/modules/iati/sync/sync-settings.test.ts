import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@/platform/config';
import { syncSettingsOf } from './sync-settings';

describe('sync settings from the configuration', () => {
  it('defaults to the public IATI Registry and Datastore, 60 s idle, 30 min in all, 3 retries from 1 s, the upload limit, no private addresses', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(syncSettingsOf(config, '/ref')).toEqual({
      referenceDir: '/ref',
      registryUrl: 'https://iatiregistry.org/api/3/action',
      datastoreUrl: 'https://api.iatistandard.org/datastore/activity/iati',
      datastoreKey: undefined,
      limitBytes: 300 * 1024 * 1024,
      timeoutMs: 60_000,
      deadlineMs: 30 * 60_000,
      retries: 3,
      retryDelayMs: 1_000,
      allowPrivateAddresses: false,
      heartbeatMs: 5_000,
    });
    expect(config.sync.schedule).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).sync.schedule).toBe(false);
  });

  it('reads every variable, and refuses malformed ones', () => {
    const config = loadConfig({
      CARSI_IATI_REGISTRY_URL: 'http://127.0.0.1:9000/api/3/action/',
      CARSI_IATI_DATASTORE_URL: 'http://127.0.0.1:9000/datastore',
      CARSI_IATI_DATASTORE_KEY: 'key',
      CARSI_SYNC_TIMEOUT_MS: '500',
      CARSI_SYNC_DEADLINE_MS: '2000',
      CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES: 'true',
      CARSI_SYNC_RETRIES: '0',
      CARSI_SYNC_RETRY_DELAY_MS: '10',
      CARSI_SYNC_SCHEDULE: 'false',
      CARSI_IMPORT_LIMIT_BYTES: '1000',
    });
    expect(syncSettingsOf(config, '/ref')).toMatchObject({
      registryUrl: 'http://127.0.0.1:9000/api/3/action',
      datastoreKey: 'key',
      limitBytes: 1000,
      timeoutMs: 500,
      deadlineMs: 2000,
      allowPrivateAddresses: true,
      retries: 0,
      retryDelayMs: 10,
    });
    expect(config.sync.schedule).toBe(false);
    expect(() => loadConfig({ CARSI_SYNC_RETRIES: 'many', CARSI_IATI_REGISTRY_URL: 'registry' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ CARSI_SYNC_DEADLINE_MS: '0' })).toThrow(ConfigError);
  });
});
