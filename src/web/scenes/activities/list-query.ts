import type { ActivityListQuery } from '@/web/api/activities';
import type { Language } from '@/web/i18n/language';

/** The list's filters, as the address, the filter form and the export carry them. */
export const FILTER_KEYS = [
  'q',
  'country',
  'goal',
  'status',
  'workflowState',
  'level',
  'organisation',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const SORTS = ['updated', 'title', 'start', 'identifier'] as const;
export const LEVELS = ['programme', 'project', 'activity'] as const;
export const WORKFLOW_STATES = ['draft', 'submitted', 'approved', 'published'] as const;
export const PAGE_SIZE = 50;

type Sort = (typeof SORTS)[number];
type Order = 'asc' | 'desc';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((item) => item === value);
}

/** The filters set in an address (unknown parameters and empty values are ignored). */
export function filtersFromParams(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value !== undefined && value !== '') {
      filters[key] = value;
    }
  }
  return filters;
}

/** The sort and order of an address; the API's defaults where none (or an unknown one) is given. */
export function sortFromParams(params: URLSearchParams): { sort: Sort; order: Order | undefined } {
  return {
    sort: oneOf(SORTS, params.get('sort')) ?? 'updated',
    order: oneOf(['asc', 'desc'], params.get('order')),
  };
}

/** The first row of the page (0 on the first page). */
export function cursorFromParams(params: URLSearchParams): number {
  const cursor = params.get('cursor') ?? '';
  return /^\d{1,9}$/.test(cursor) ? Number(cursor) : 0;
}

/** The API query of an address; titles sort in the UI language. */
export function listQueryFromParams(params: URLSearchParams, lang: Language): ActivityListQuery {
  const { workflowState, level, ...filters } = filtersFromParams(params);
  const { sort, order } = sortFromParams(params);
  const cursor = cursorFromParams(params);
  return {
    ...filters,
    ...(oneOf(WORKFLOW_STATES, workflowState ?? null) === undefined
      ? {}
      : { workflowState: workflowState as 'draft' }),
    ...(oneOf(LEVELS, level ?? null) === undefined ? {} : { level: level as 'programme' }),
    sort,
    ...(order === undefined ? {} : { order }),
    lang,
    limit: PAGE_SIZE,
    ...(cursor === 0 ? {} : { cursor: String(cursor) }),
  };
}

/** The address after a change of filters or sorting: back to the first page. */
export function paramsWith(params: URLSearchParams, changes: Readonly<Record<string, string | undefined>>) {
  const next = new URLSearchParams(params);
  next.delete('cursor');
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value.trim() === '') {
      next.delete(key);
    } else {
      next.set(key, value.trim());
    }
  }
  return next;
}

/** The address of another page of the same selection. */
export function paramsAtCursor(params: URLSearchParams, cursor: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (cursor <= 0) {
    next.delete('cursor');
  } else {
    next.set('cursor', String(cursor));
  }
  return next;
}
