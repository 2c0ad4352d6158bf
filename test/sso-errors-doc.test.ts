import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SSO_ERROR_CODES } from '@/shared/sso-errors';

describe('docs/ERRORS.md, single sign-on', () => {
  it('lists exactly the sso_error codes of the code, each with a message in both languages', () => {
    const section = fs.readFileSync('docs/ERRORS.md', 'utf8').split('## Single sign-on')[1] ?? '';
    const documented = [...section.matchAll(/^\|\s*`([a-z_]+)`\s*\|/gm)].map(([, code]) => code);
    expect(documented.sort()).toEqual(Object.keys(SSO_ERROR_CODES).sort());
    for (const message of Object.values(SSO_ERROR_CODES)) {
      expect(message.es).not.toBe(message.en);
    }
  });
});
