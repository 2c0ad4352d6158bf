import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/platform/db/database';
import { ACTIVITY_LEVELS, WORKFLOW_STATES } from './activity.schemas';

const Code = z.string().trim().min(1).max(40);

/** The filters of the activity list, its exports and the funding summary. */
export const ActivityFilters = z.strictObject({
  q: z.string().trim().max(200).optional().describe('words in the identifier or title, in either language'),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .transform((code) => code.toUpperCase())
    .optional(),
  subdivision: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code')
    .optional(),
  goal: Code.optional().describe('CARSI goal code (1–5)'),
  escaComponent: Code.optional().describe('ESCA component code'),
  sector: Code.optional(),
  organisation: z.string().max(40).optional().describe('reporting or participating organisation id'),
  status: z
    .string()
    .regex(/^[1-6]$/, 'must be an IATI ActivityStatus code (1–6)')
    .optional(),
  workflowState: z.enum(WORKFLOW_STATES).optional(),
  level: z.enum(ACTIVITY_LEVELS).optional(),
  parentId: z.string().max(40).optional(),
  demo: z.enum(['true', 'false']).optional().describe('only demo (true) or only real (false) records'),
});
export type ActivityFilters = z.output<typeof ActivityFilters>;

/** `Ñandú Élite` → `nandu elite`: how titles are searched in either language without accents. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

type ActivityQuery<O> = SelectQueryBuilder<Database, 'activity', O>;

function hasShare(kind: string, vocabulary: string | null, code: string) {
  return (eb: ExpressionBuilder<Database, 'activity'>) => {
    let shares = eb
      .selectFrom('activity_share')
      .select('activity_share.activity_id')
      .where('activity_share.kind', '=', kind as 'sector')
      .where('activity_share.code', '=', code);
    if (vocabulary !== null) {
      shares = shares.where('activity_share.vocabulary', '=', vocabulary);
    }
    return eb('activity.id', 'in', shares);
  };
}

/** Narrows a query over `activity` to the filters' selection. */
export function applyActivityFilters<O>(query: ActivityQuery<O>, filters: ActivityFilters): ActivityQuery<O> {
  let result = query;
  if (filters.q !== undefined && filters.q !== '') {
    for (const word of searchKey(filters.q).split(/\s+/).filter(Boolean)) {
      const pattern = `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      result = result.where(sql<boolean>`activity.search_text LIKE ${pattern} ESCAPE '\\'`);
    }
  }
  if (filters.country !== undefined) {
    result = result.where(hasShare('country', null, filters.country));
  }
  if (filters.subdivision !== undefined) {
    const code = filters.subdivision;
    result = result.where((eb) =>
      eb(
        'activity.id',
        'in',
        eb.selectFrom('activity_location').select('activity_id').where('subdivision_code', '=', code),
      ),
    );
  }
  if (filters.goal !== undefined) {
    result = result.where(hasShare('framework', 'carsi', filters.goal));
  }
  if (filters.escaComponent !== undefined) {
    result = result.where(hasShare('framework', 'esca', filters.escaComponent));
  }
  if (filters.sector !== undefined) {
    result = result.where(hasShare('sector', null, filters.sector));
  }
  if (filters.organisation !== undefined) {
    const id = filters.organisation;
    result = result.where((eb) =>
      eb.or([
        eb('activity.reporting_org_id', '=', id),
        eb(
          'activity.id',
          'in',
          eb.selectFrom('activity_participant').select('activity_id').where('organisation_id', '=', id),
        ),
      ]),
    );
  }
  if (filters.status !== undefined) {
    result = result.where('activity.status', '=', filters.status);
  }
  if (filters.workflowState !== undefined) {
    result = result.where('activity.workflow_state', '=', filters.workflowState);
  }
  if (filters.level !== undefined) {
    result = result.where('activity.level', '=', filters.level);
  }
  if (filters.parentId !== undefined) {
    result = result.where('activity.parent_id', '=', filters.parentId);
  }
  if (filters.demo !== undefined) {
    result = result.where('activity.is_demo', '=', filters.demo === 'true' ? 1 : 0);
  }
  return result;
}
