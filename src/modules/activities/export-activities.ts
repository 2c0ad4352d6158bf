import ExcelJS from 'exceljs';
import { z } from 'zod';
import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { safeCell, toCsv } from '@/platform/csv';
import { ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { applyActivityFilters } from './activity-filters';
import { ActivityListQuery } from './list-activities';

/** The largest selection one export holds; a bigger one asks the user to narrow the filters. */
export const MAX_EXPORT_ROWS = 100_000;

export const ActivityExportQuery = ActivityListQuery.omit({ limit: true, cursor: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
export type ActivityExportQuery = z.input<typeof ActivityExportQuery>;

const HEADERS = {
  es: [
    'id',
    'identificador IATI',
    'nivel',
    'título (es)',
    'título (en)',
    'organización informante',
    'estado',
    'flujo',
    'inicio previsto',
    'fin previsto',
    'países (%)',
    'objetivos CARSI (%)',
    'sectores (%)',
    'etiquetas',
    'demo',
    'actualizado',
  ],
  en: [
    'id',
    'IATI identifier',
    'level',
    'title (es)',
    'title (en)',
    'reporting organisation',
    'status',
    'workflow',
    'planned start',
    'planned end',
    'countries (%)',
    'CARSI goals (%)',
    'sectors (%)',
    'tags',
    'demo',
    'updated',
  ],
};

/**
 * The activity list's selection (same filters and order) as CSV or XLSX, with column names in `lang`.
 * @throws AppError `unauthenticated`; ValidationError (also when the selection is larger than 100,000)
 */
export async function exportActivities({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ActivityExportQuery;
}): Promise<{ filename: string; contentType: string; body: string | Buffer }> {
  authorize(ctx.actor, 'activity.read');
  const query = parseInput(ActivityExportQuery, input, 'query');
  const order = query.order ?? (query.sort === 'updated' ? 'desc' : 'asc');
  const column = {
    updated: 'activity.updated_at',
    title: query.lang === 'es' ? 'activity.title_es' : 'activity.title_en',
    start: 'activity.planned_start',
    identifier: 'activity.iati_identifier',
  }[query.sort] as 'activity.updated_at';
  const count = await applyActivityFilters(ctx.db.selectFrom('activity'), query)
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .executeTakeFirstOrThrow();
  if (Number(count.total) > MAX_EXPORT_ROWS) {
    throw new ValidationError([
      {
        path: 'query',
        code: 'too_many_rows',
        message: {
          es: `La selección tiene ${count.total} actividades; una exportación admite ${MAX_EXPORT_ROWS}. Acote los filtros.`,
          en: `The selection holds ${count.total} activities; one export holds ${MAX_EXPORT_ROWS}. Narrow the filters.`,
        },
      },
    ]);
  }
  const rows = await applyActivityFilters(ctx.db.selectFrom('activity'), query)
    .innerJoin('organisation', 'organisation.id', 'activity.reporting_org_id')
    .selectAll('activity')
    .select(['organisation.name_es as org_es', 'organisation.name_en as org_en'])
    .orderBy(column, order)
    .orderBy('activity.id', order)
    .execute();
  const selection = applyActivityFilters(ctx.db.selectFrom('activity').select('activity.id'), query);
  const shares = await ctx.db
    .selectFrom('activity_share')
    .select(['activity_id', 'kind', 'vocabulary', 'code', 'percentage_e2'])
    .where('activity_id', 'in', selection)
    .where('kind', 'in', ['country', 'region', 'sector', 'framework'])
    .orderBy('percentage_e2', 'desc')
    .execute();
  const byActivity = new Map<string, typeof shares>();
  for (const share of shares) {
    const list = byActivity.get(share.activity_id);
    if (list === undefined) {
      byActivity.set(share.activity_id, [share]);
    } else {
      list.push(share);
    }
  }
  const table = rows.map((row) => {
    const own = byActivity.get(row.id) ?? [];
    const pick = (keep: (share: (typeof shares)[number]) => boolean) =>
      own
        .filter(keep)
        .map((share) => `${share.code} ${share.percentage_e2 / 100}`)
        .join('; ');
    return [
      row.id,
      row.iati_identifier,
      row.level,
      row.title_es,
      row.title_en,
      query.lang === 'es' ? row.org_es : row.org_en,
      row.status,
      row.workflow_state,
      row.planned_start,
      row.planned_end,
      pick((share) => share.kind === 'country' || share.kind === 'region'),
      pick(
        (share) => share.kind === 'framework' && share.vocabulary === 'carsi' && !share.code.startsWith('L'),
      ),
      pick((share) => share.kind === 'sector'),
      (JSON.parse(row.tags) as string[]).join('; '),
      row.is_demo === 1 ? 'demo' : '',
      row.updated_at,
    ];
  });
  const stamp = ctx.now().toISOString().slice(0, 10);
  const header = HEADERS[query.lang];
  if (query.format === 'csv') {
    return {
      filename: `carsi-activities-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv(header, table),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(query.lang === 'es' ? 'Actividades' : 'Activities');
  sheet.addRow(header).font = { bold: true };
  for (const row of table) {
    sheet.addRow(row.map((cell) => safeCell(cell)));
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return {
    filename: `carsi-activities-${stamp}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
