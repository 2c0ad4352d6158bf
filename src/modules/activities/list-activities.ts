import { z } from 'zod';
import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { MAX_PAGE_SIZE } from '@/platform/pagination';
import { parseInput } from '@/platform/validation';
import { applyActivityFilters, ActivityFilters } from './activity-filters';
import { toActivitySummaryOutput } from './activity.mapper';
import type { ActivitySummaryOutput } from './activity.schemas';

export const ACTIVITY_SORTS = ['updated', 'title', 'start', 'identifier'] as const;

export const ActivityListQuery = ActivityFilters.extend({
  sort: z.enum(ACTIVITY_SORTS).default('updated'),
  order: z.enum(['asc', 'desc']).optional().describe('default: newest first for `updated`, else ascending'),
  lang: z.enum(['es', 'en']).default('es').describe('language whose title `sort=title` orders by'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, 'must be the `nextCursor` of the previous page')
    .optional()
    .describe('`nextCursor` of the previous page'),
});
export type ActivityListQuery = z.input<typeof ActivityListQuery>;

const SORT_COLUMNS = {
  updated: 'activity.updated_at',
  start: 'activity.planned_start',
  identifier: 'activity.iati_identifier',
} as const;

/**
 * Activities matching the filters, sorted, a page at a time, with how many match in all.
 * @throws AppError `unauthenticated`; ValidationError
 */
export async function listActivities({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ActivityListQuery;
}): Promise<{ items: ActivitySummaryOutput[]; total: number; nextCursor: string | null }> {
  authorize(ctx.actor, 'activity.read');
  const query = parseInput(ActivityListQuery, input, 'query');
  const filtered = applyActivityFilters(ctx.db.selectFrom('activity'), query);
  const order = query.order ?? (query.sort === 'updated' ? 'desc' : 'asc');
  const column =
    query.sort === 'title'
      ? query.lang === 'es'
        ? 'activity.title_es'
        : 'activity.title_en'
      : SORT_COLUMNS[query.sort];
  const offset = Number(query.cursor ?? '0');
  const [rows, count] = await Promise.all([
    filtered
      .innerJoin('organisation', 'organisation.id', 'activity.reporting_org_id')
      .selectAll('activity')
      .select(['organisation.name_es as org_name_es', 'organisation.name_en as org_name_en'])
      .orderBy(column, order)
      .orderBy('activity.id', order)
      .limit(query.limit)
      .offset(offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.total);
  const next = offset + rows.length;
  return {
    items: rows.map(toActivitySummaryOutput),
    total,
    nextCursor: next < total && rows.length === query.limit ? String(next) : null,
  };
}
