import { describe, expect, it } from 'vitest';
import { activeAuditFilters, auditCsvHref, auditFiltersFromParams } from './audit-filters';

describe('audit filters', () => {
  it('keep only the filters that are set, trimmed', () => {
    expect(activeAuditFilters({ actor: ' ', action: ' user.create ', from: '2026-01-01' })).toEqual({
      action: 'user.create',
      from: '2026-01-01',
    });
  });

  it('read the filters of an address and ignore other parameters', () => {
    const params = new URLSearchParams('entity=user&limit=5&cursor=9&to=2026-02-01');
    expect(auditFiltersFromParams(params)).toEqual({ entity: 'user', to: '2026-02-01' });
  });

  it('give the CSV export the same filters, encoded', () => {
    expect(auditCsvHref({})).toBe('/api/v1/audit-events.csv');
    expect(auditCsvHref({ action: 'user.create', entityId: 'a b&c' })).toBe(
      '/api/v1/audit-events.csv?entityId=a+b%26c&action=user.create',
    );
  });
});
