import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { loadOrCreateKeys } from './keys';

describe('loadOrCreateKeys', () => {
  it('generates 32-byte keys once into the data directory, readable only by the owner, and reuses them', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-keys-'));
    const config = loadConfig({ CARSI_DATA_DIR: dataDir });
    const first = loadOrCreateKeys(config);
    expect(first.sessionKey).toHaveLength(32);
    expect(first.fieldKey.equals(first.sessionKey)).toBe(false);
    expect(fs.statSync(path.join(dataDir, 'keys.json')).mode & 0o777).toBe(0o600);
    const second = loadOrCreateKeys(config);
    expect(second.sessionKey.equals(first.sessionKey) && second.fieldKey.equals(first.fieldKey)).toBe(true);
  });
});
