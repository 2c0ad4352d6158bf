import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '@/platform/paths';

const provenance = fs.readFileSync(path.join(REFERENCE_DIR, 'PROVENANCE.md'), 'utf8');

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [path.relative(REFERENCE_DIR, full)];
  });
}

describe('shipped reference data', () => {
  // Copies of published data must stay byte-for-byte what the source published.
  it('matches the SHA-256 recorded in reference/PROVENANCE.md for every copied file', () => {
    const checksums = [...provenance.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)];
    expect(checksums.length).toBeGreaterThan(75);
    for (const [, expected, file] of checksums) {
      const actual = crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(REFERENCE_DIR, file ?? '')))
        .digest('hex');
      expect({ file, sha256: actual }).toEqual({ file, sha256: expected });
    }
  });

  it('names every file of reference/ in PROVENANCE.md, with its source and licence', () => {
    const unnamed = listFiles(REFERENCE_DIR).filter(
      (file) =>
        file !== 'PROVENANCE.md' &&
        !provenance.includes(file) &&
        !provenance.includes(path.dirname(file) + '/'),
    );
    expect(unnamed).toEqual([]);
  });
});
