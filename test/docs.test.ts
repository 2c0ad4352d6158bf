import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/shared/error-codes';

describe('docs/ERRORS.md', () => {
  it('lists exactly the error codes of the code, each with its HTTP status', () => {
    const documented = [
      ...fs.readFileSync('docs/ERRORS.md', 'utf8').matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|/gm),
    ].map(([, code, status]) => `${code} ${status}`);
    const actual = Object.entries(ERROR_CODES).map(([code, entry]) => `${code} ${entry.status}`);
    expect(documented.sort()).toEqual(actual.sort());
  });

  it('has a Spanish and an English message for every code', () => {
    for (const entry of Object.values(ERROR_CODES)) {
      expect(entry.es).not.toBe('');
      expect(entry.en).not.toBe('');
      expect(entry.es).not.toBe(entry.en);
    }
  });
});
