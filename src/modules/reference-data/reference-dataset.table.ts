import type { Selectable } from 'kysely';

/** Which shipped reference file was loaded, with its checksum, so `carsi seed` can skip unchanged files. */
export interface ReferenceDatasetTable {
  id: string;
  file: string;
  sha256: string;
  row_count: number;
  loaded_at: string;
}

export type ReferenceDatasetRow = Selectable<ReferenceDatasetTable>;
