/** The audit log's filters, as the list, the CSV export and the page address take them. */
export interface AuditFilters {
  readonly actor?: string;
  readonly entity?: string;
  readonly entityId?: string;
  readonly action?: string;
  /** First day, inclusive, `YYYY-MM-DD` (UTC). */
  readonly from?: string;
  /** Last day, inclusive, `YYYY-MM-DD` (UTC). */
  readonly to?: string;
}

export const AUDIT_FILTER_KEYS = ['actor', 'entity', 'entityId', 'action', 'from', 'to'] as const;

/** Only the filters that are set, trimmed, so the query string and the cache key stay minimal. */
export function activeAuditFilters(filters: AuditFilters): AuditFilters {
  const active: Record<string, string> = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value !== undefined && value !== '') {
      active[key] = value;
    }
  }
  return active;
}

/** The filters in an address's query string (unknown parameters are ignored). */
export function auditFiltersFromParams(params: URLSearchParams): AuditFilters {
  const filters: Record<string, string> = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null) {
      filters[key] = value;
    }
  }
  return activeAuditFilters(filters);
}

/** The query string of the set filters, without `?`. */
export function auditQueryString(filters: AuditFilters): string {
  return new URLSearchParams(activeAuditFilters(filters) as Record<string, string>).toString();
}

/** The CSV export's address for the same filters; a plain link downloads it with the session cookie. */
export function auditCsvHref(filters: AuditFilters): string {
  const query = auditQueryString(filters);
  return `/api/v1/audit-events.csv${query === '' ? '' : `?${query}`}`;
}
