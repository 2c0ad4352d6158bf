import { publishedExtensionsOf } from '@/shared/published-extensions';
import type { ActivityRecord } from './activity.repository';
import type { ActivityFields, ActivityOutput, ActivitySummaryOutput } from './activity.schemas';
import type { ActivityRow } from './activity.table';

const percent = (hundredths: number): number => hundredths / 100;

export function toActivityOutput(record: ActivityRecord): ActivityOutput {
  const { row, shares } = record;
  const sharesOf = (kind: string) => shares.filter((share) => share.kind === kind);
  return {
    id: row.id,
    level: row.level,
    parentId: row.parent_id,
    reportingOrgId: row.reporting_org_id,
    reportingOrgName: { es: record.reportingOrg.name_es, en: record.reportingOrg.name_en },
    iatiIdentifier: row.iati_identifier,
    title: { es: row.title_es, en: row.title_en },
    description: { es: row.description_es, en: row.description_en },
    objectives: { es: row.objectives_es, en: row.objectives_en },
    status: row.status,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
    defaultCurrency: row.default_currency,
    participants: record.participants.map((participant) => ({
      organisationId: participant.organisation_id,
      role: participant.role,
      name: { es: participant.name_es, en: participant.name_en },
    })),
    sectors: sharesOf('sector').map((share) => ({
      vocabulary: share.vocabulary,
      code: share.code,
      percentage: percent(share.percentage_e2),
    })),
    recipientCountries: sharesOf('country').map((share) => ({
      code: share.code,
      percentage: percent(share.percentage_e2),
    })),
    recipientRegions: sharesOf('region').map((share) => ({
      code: share.code,
      percentage: percent(share.percentage_e2),
    })),
    locations: record.locations.map((location) => ({
      subdivisionCode: location.subdivision_code,
      name: location.name,
      latitude: location.latitude === null ? null : Number(location.latitude),
      longitude: location.longitude === null ? null : Number(location.longitude),
      percentage: percent(location.percentage_e2),
    })),
    attributions: sharesOf('framework').map((share) => ({
      framework: share.vocabulary,
      element: share.code,
      percentage: percent(share.percentage_e2),
    })),
    documents: JSON.parse(row.documents) as ActivityOutput['documents'],
    tags: JSON.parse(row.tags) as string[],
    workflow: {
      state: row.workflow_state,
      submittedAt: row.submitted_at,
      submittedBy: row.submitted_by,
      approvedAt: row.approved_at,
      approvedBy: row.approved_by,
      publishedAt: row.published_at,
      publishedBy: row.published_by,
    },
    isDemo: row.is_demo === 1,
    source:
      record.source === undefined
        ? null
        : {
            fileId: record.source.file_id,
            fileName: record.source.file_name,
            publisher: record.source.publisher,
            sourceUrl: record.source.source_url,
            licence: record.source.licence,
            importedAt: record.source.imported_at,
            sourceId: record.source.source_id,
            sourceName: record.source.source_name,
          },
    extensions: publishedExtensionsOf(row.iati_extensions),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The editable fields of an activity as they are now, so a patch can be applied over them. */
export function toActivityFields(output: ActivityOutput): ActivityFields {
  return {
    level: output.level,
    parentId: output.parentId,
    reportingOrgId: output.reportingOrgId,
    iatiIdentifier: output.iatiIdentifier,
    title: output.title,
    description: output.description,
    objectives: output.objectives,
    status: output.status,
    plannedStart: output.plannedStart,
    plannedEnd: output.plannedEnd,
    actualStart: output.actualStart,
    actualEnd: output.actualEnd,
    defaultCurrency: output.defaultCurrency,
    participants: output.participants.map(({ organisationId, role }) => ({ organisationId, role })),
    sectors: output.sectors,
    recipientCountries: output.recipientCountries,
    recipientRegions: output.recipientRegions,
    locations: output.locations,
    attributions: output.attributions,
    documents: output.documents,
    tags: output.tags,
  };
}

export function toActivitySummaryOutput(
  row: ActivityRow & { org_name_es: string; org_name_en: string },
): ActivitySummaryOutput {
  return {
    id: row.id,
    level: row.level,
    parentId: row.parent_id,
    iatiIdentifier: row.iati_identifier,
    title: { es: row.title_es, en: row.title_en },
    reportingOrgId: row.reporting_org_id,
    reportingOrgName: { es: row.org_name_es, en: row.org_name_en },
    status: row.status,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    primaryCountry: row.primary_country,
    workflowState: row.workflow_state,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
