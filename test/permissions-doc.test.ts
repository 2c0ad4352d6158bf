import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLES } from '@/modules/access';

const SCOPE_WORDS = {
  any: 'any record',
  global: 'global grant only',
  target: "grant's organisation/country",
} as const;

/** The matrix as docs/PERMISSIONS.md shows it: one row per permission, one column per role. */
function renderMatrix(): string {
  const header = `| permission | ${ROLES.join(' | ')} | scope |`;
  const rule = `|---|${ROLES.map(() => '---').join('|')}|---|`;
  const rows = Object.entries(PERMISSIONS).map(([permission, entry]) => {
    const roles = entry.roles as readonly string[];
    const cells = ROLES.map((role) =>
      roles.includes(role) ? '✓' : 'ownOrganisation' in entry ? 'own org' : '',
    );
    return `| \`${permission}\` | ${cells.join(' | ')} | ${SCOPE_WORDS[entry.scope]} |`;
  });
  return [header, rule, ...rows].join('\n');
}

describe('docs/PERMISSIONS.md', () => {
  it('shows exactly the permission matrix of src/modules/access/permissions.ts', () => {
    const doc = fs.readFileSync('docs/PERMISSIONS.md', 'utf8');
    const table = /<!-- matrix:start -->\n([\s\S]*?)\n<!-- matrix:end -->/.exec(doc)?.[1];
    expect(
      table
        ?.replace(/ +/g, ' ')
        .replace(/\| ?-+ ?/g, '|---')
        .trim(),
    ).toBe(
      renderMatrix()
        .replace(/ +/g, ' ')
        .replace(/\| ?-+ ?/g, '|---')
        .trim(),
    );
  });
});
