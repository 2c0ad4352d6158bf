import type { Selectable } from 'kysely';

/** An IATI 2.03 codelist. `embedded`/`complete` are 0/1 as published by IATI. */
export interface CodelistTable {
  name: string;
  embedded: number;
  complete: number;
}

/** A code of a codelist. `name_es` is null where the product has no Spanish label yet. */
export interface CodelistItemTable {
  codelist_name: string;
  code: string;
  position: number;
  name_en: string;
  name_es: string | null;
  description_en: string | null;
  category: string | null;
  status: string;
  withdrawal_date: string | null;
}

export type CodelistRow = Selectable<CodelistTable>;
export type CodelistItemRow = Selectable<CodelistItemTable>;
