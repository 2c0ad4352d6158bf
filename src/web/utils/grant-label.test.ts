import { describe, expect, it } from 'vitest';
import { describeGrant } from './grant-label';

const names = {
  role: (role: string) => role.toUpperCase(),
  organisation: (id: string) => `org ${id}`,
  country: (code: string) => `country ${code}`,
};

describe('describeGrant', () => {
  it('names only the role of a grant that applies everywhere', () => {
    expect(describeGrant({ role: 'viewer', organisationId: null, countryCode: null }, names)).toBe('VIEWER');
  });

  it('adds the organisation and country a grant is limited to', () => {
    expect(describeGrant({ role: 'implementer', organisationId: '7', countryCode: 'GT' }, names)).toBe(
      'IMPLEMENTER (org 7, country GT)',
    );
  });
});
