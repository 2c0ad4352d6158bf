import type { Selectable } from 'kysely';

/**
 * A donor, ministry, SICA body, implementer or civil-society organisation.
 * `iati_identifier` is kept as given (unique when present); `type` is an IATI OrganisationType code;
 * `country_code` is ISO 3166-1 alpha-2 (any country). `version` grows by one on every change.
 */
export interface OrganisationTable {
  id: string;
  name_es: string;
  name_en: string;
  iati_identifier: string | null;
  type: string;
  country_code: string | null;
  /** The month its fiscal year starts: 1 calendar year, 10 US federal (October–September). */
  fiscal_year_start_month: number;
  /** 1 for organisations of the fictional demo portfolio (`carsi demo`). */
  is_demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export type OrganisationRow = Selectable<OrganisationTable>;
