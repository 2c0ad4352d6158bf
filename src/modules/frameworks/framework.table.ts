import type { Selectable } from 'kysely';

/** A strategic framework (CARSI, ESCA, later national plans). Reference data: written only by the seed. */
export interface FrameworkTable {
  code: string;
  name_es: string;
  name_en: string;
  description_es: string;
  description_en: string;
  source_title: string;
  source_url: string;
  position: number;
}

/** A goal, line of work or component of a framework; `position` keeps the published order. */
export interface FrameworkElementTable {
  framework_code: string;
  code: string;
  kind: 'goal' | 'line_of_work' | 'component';
  position: number;
  name_es: string;
  name_en: string;
  description_es: string;
  description_en: string;
}

export type FrameworkRow = Selectable<FrameworkTable>;
export type FrameworkElementRow = Selectable<FrameworkElementTable>;
