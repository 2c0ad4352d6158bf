import type { OrganisationOutput } from './organisation.schemas';
import type { OrganisationRow } from './organisation.table';

export function toOrganisationOutput(row: OrganisationRow): OrganisationOutput {
  return {
    id: row.id,
    name: { es: row.name_es, en: row.name_en },
    iatiIdentifier: row.iati_identifier,
    type: row.type,
    countryCode: row.country_code,
    fiscalYearStartMonth: row.fiscal_year_start_month,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
