import type { Kysely } from 'kysely';
import type { Writable } from 'node:stream';
import type { Database } from '@/platform/db/database';
import { loadExportPage } from './load-export-page';
import { writeIatiActivity, type Bilingual } from './write-iati-activity';
import { createXmlWriter } from './xml-writer';

/** Which activities an IATI export holds. */
export interface IatiExportFilter {
  /** Default: only published activities. */
  readonly workflowStates?: readonly Database['activity']['workflow_state'][];
  /** ISO 3166-1 codes: activities with one of them among their recipient countries. */
  readonly countries?: readonly string[];
  readonly reportingOrgIds?: readonly string[];
  /** Default true: the fictional demo portfolio is exported too. */
  readonly includeDemo?: boolean;
}

/** Activities read per page: memory holds one page (with its transactions), whatever the export's size. */
export const EXPORT_PAGE_SIZE = 200;

async function loadFrameworkElements(db: Kysely<Database>): Promise<Map<string, Bilingual>> {
  const rows = await db
    .selectFrom('framework_element')
    .select(['framework_code', 'code', 'name_es', 'name_en'])
    .execute();
  return new Map(
    rows.map((row) => [`${row.framework_code}/${row.code}`, { es: row.name_es, en: row.name_en }]),
  );
}

/**
 * Streams the selected activities to `out` as an IATI 2.03 activity file, reading them in pages of
 * EXPORT_PAGE_SIZE (keyset by id) and waiting whenever `out` is full. Each page is read at its own moment,
 * not in one snapshot. Activities without any date are left out (the schema requires an activity-date)
 * and their ids returned. An empty selection writes an empty `<iati-activities>`, which the schema refuses
 * (it asks for at least one activity): check `activities`. `out` is not ended: the caller owns it.
 * @throws Error when `out` fails or closes before the export is written
 */
export async function exportIatiActivities({
  db,
  filter = {},
  out,
  now,
  frameworkVocabularyUri,
}: {
  db: Kysely<Database>;
  filter?: IatiExportFilter;
  out: Writable;
  /** The file's generated-datetime. */
  now: Date;
  /** Where the framework codes of `<tag vocabulary="99">` are described (e.g. the frameworks page). */
  frameworkVocabularyUri?: string;
}): Promise<{ activities: number; skippedWithoutDates: string[] }> {
  const selection: Required<IatiExportFilter> = {
    workflowStates: filter.workflowStates ?? ['published'],
    countries: (filter.countries ?? []).map((code) => code.toUpperCase()),
    reportingOrgIds: filter.reportingOrgIds ?? [],
    includeDemo: filter.includeDemo ?? true,
  };
  const options = { frameworkElements: await loadFrameworkElements(db), frameworkVocabularyUri };
  const xml = createXmlWriter(out);
  const skippedWithoutDates: string[] = [];
  let activities = 0;
  xml.declaration();
  xml.open('iati-activities', { version: '2.03', 'generated-datetime': now.toISOString() });
  let afterId: string | null = null;
  // No workflow state selects nothing (and SQL has no empty IN list).
  let more = selection.workflowStates.length > 0;
  while (more) {
    const page = await loadExportPage(db, selection, afterId, EXPORT_PAGE_SIZE);
    for (const activity of page) {
      const { row } = activity;
      if (
        [row.planned_start, row.actual_start, row.planned_end, row.actual_end].every((date) => date === null)
      ) {
        skippedWithoutDates.push(row.id);
        continue;
      }
      writeIatiActivity(xml, activity, options);
      activities += 1;
      await xml.flush();
    }
    afterId = page.at(-1)?.row.id ?? null;
    more = page.length === EXPORT_PAGE_SIZE;
  }
  xml.close();
  await xml.flush();
  return { activities, skippedWithoutDates };
}
