import type { ActivityFields } from './activity.schemas';
import type { ActivityTable } from './activity.table';
import { searchKey } from './activity-filters';

/** The recipient country with the largest share (the first by code on a tie); null for regional work. */
function primaryCountryOf(fields: ActivityFields): string | null {
  const [first] = [...fields.recipientCountries].sort(
    (a, b) => b.percentage - a.percentage || a.code.localeCompare(b.code),
  );
  return first?.code ?? null;
}

/** The activity columns that follow from its editable fields. */
export function activityColumns(
  fields: ActivityFields,
): Omit<
  ActivityTable,
  | 'id'
  | 'workflow_state'
  | 'submitted_at'
  | 'submitted_by'
  | 'approved_at'
  | 'approved_by'
  | 'published_at'
  | 'published_by'
  | 'is_demo'
  | 'iati_extensions'
  | 'created_at'
  | 'updated_at'
  | 'version'
> {
  return {
    parent_id: fields.parentId,
    level: fields.level,
    reporting_org_id: fields.reportingOrgId,
    iati_identifier: fields.iatiIdentifier,
    title_es: fields.title.es,
    title_en: fields.title.en,
    description_es: fields.description.es,
    description_en: fields.description.en,
    objectives_es: fields.objectives.es,
    objectives_en: fields.objectives.en,
    status: fields.status,
    planned_start: fields.plannedStart,
    planned_end: fields.plannedEnd,
    actual_start: fields.actualStart,
    actual_end: fields.actualEnd,
    default_currency: fields.defaultCurrency,
    tags: JSON.stringify(fields.tags),
    documents: JSON.stringify(fields.documents),
    primary_country: primaryCountryOf(fields),
    search_text: searchKey([fields.iatiIdentifier ?? '', fields.title.es, fields.title.en].join(' ')),
  };
}

/** Whom a scoped permission on the activity is checked against. */
export function activityTarget(row: { reporting_org_id: string; primary_country: string | null }) {
  return { organisationId: row.reporting_org_id, countryCode: row.primary_country };
}
