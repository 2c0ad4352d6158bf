import { z } from 'zod';
import type { IatiExportFilter } from '@/modules/iati';

const list = (pattern: RegExp, message: string) =>
  z
    .string()
    .max(2000)
    .transform((text) =>
      text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(pattern, message)));

/** Which activities an IATI export holds; comma-separated lists. */
export const IatiExportQuery = z.strictObject({
  workflowState: list(
    /^(draft|submitted|approved|published)$/,
    'must be draft, submitted, approved or published',
  )
    .optional()
    .describe('workflow states to include (default: published)'),
  country: list(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "HN"').optional(),
  reportingOrgId: list(/^[\w-]{1,40}$/, 'must be an organisation id').optional(),
  includeDemo: z.enum(['true', 'false']).default('true'),
});

export function exportFilterOf(query: z.output<typeof IatiExportQuery>): IatiExportFilter {
  return {
    workflowStates: query.workflowState as IatiExportFilter['workflowStates'],
    countries: query.country,
    reportingOrgIds: query.reportingOrgId,
    includeDemo: query.includeDemo === 'true',
  };
}
