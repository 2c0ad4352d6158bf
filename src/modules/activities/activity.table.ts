import type { Selectable } from 'kysely';

/**
 * A programme, project or activity (its `level`). Invariants: a programme has no parent, a project's parent
 * is a programme, an activity's parent is a project or programme; `iati_identifier` is unique per reporting
 * organisation; `tags` and `documents` are JSON arrays; `search_text` is the lower-cased, accent-free
 * identifier and titles in both languages; `version` grows by one on every change (ETag).
 */
export interface ActivityTable {
  id: string;
  parent_id: string | null;
  level: 'programme' | 'project' | 'activity';
  reporting_org_id: string;
  iati_identifier: string | null;
  title_es: string;
  title_en: string;
  description_es: string;
  description_en: string;
  objectives_es: string;
  objectives_en: string;
  status: string;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  default_currency: string;
  tags: string;
  documents: string;
  primary_country: string | null;
  search_text: string;
  workflow_state: 'draft' | 'submitted' | 'approved' | 'published';
  submitted_at: string | null;
  submitted_by: string | null;
  approved_at: string | null;
  approved_by: string | null;
  published_at: string | null;
  published_by: string | null;
  is_demo: number;
  /** JSON `IatiExtensions` (iati module): elements and attributes of other namespaces, as published. */
  iati_extensions: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** An organisation taking part in an activity in an IATI OrganisationRole (1 funding … 4 implementing). */
export interface ActivityParticipantTable {
  activity_id: string;
  organisation_id: string;
  role: string;
}

/**
 * A share of an activity: a sector (`vocabulary` = IATI SectorVocabulary), recipient country or region,
 * or framework element (`vocabulary` = framework code). Shares of one kind and vocabulary add up to 10000.
 */
export interface ActivityShareTable {
  activity_id: string;
  kind: 'sector' | 'country' | 'region' | 'framework';
  vocabulary: string;
  code: string;
  percentage_e2: number;
}

/** A sub-national location: a first-level subdivision, optionally a point; shares add up to 10000. */
export interface ActivityLocationTable {
  activity_id: string;
  position: number;
  subdivision_code: string;
  name: string;
  latitude: string | null;
  longitude: string | null;
  percentage_e2: number;
}

export type ActivityRow = Selectable<ActivityTable>;
export type ActivityShareRow = Selectable<ActivityShareTable>;
export type ActivityLocationRow = Selectable<ActivityLocationTable>;
export type ActivityParticipantRow = Selectable<ActivityParticipantTable>;
