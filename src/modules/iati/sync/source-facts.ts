import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { IatiSourceRow } from '../iati.table';
import { toSourceSummary, worstReconciliation } from './source.mapper';
import { countFilesBySource, currentReconciliations } from './source.repository';
import type { SourceSummary } from './source.schemas';

/** Source rows as the API shows them: with their file counts and the worst current reconciliation. */
export async function summarizeSources(
  db: Kysely<Database>,
  rows: readonly IatiSourceRow[],
): Promise<SourceSummary[]> {
  const [files, reconciliations] = await Promise.all([countFilesBySource(db), currentReconciliations(db)]);
  return rows.map((row) =>
    toSourceSummary(row, {
      fileCount: files.get(row.id) ?? 0,
      reconciliationStatus: worstReconciliation(
        reconciliations.filter((entry) => entry.sourceId === row.id).map((entry) => entry.json),
      ),
    }),
  );
}

/** One source as the API shows it. */
export async function summarizeSource(db: Kysely<Database>, row: IatiSourceRow): Promise<SourceSummary> {
  const [files, reconciliations] = await Promise.all([
    countFilesBySource(db, row.id),
    currentReconciliations(db, row.id),
  ]);
  return toSourceSummary(row, {
    fileCount: files.get(row.id) ?? 0,
    reconciliationStatus: worstReconciliation(reconciliations.map((entry) => entry.json)),
  });
}
