import type { Kysely } from 'kysely';
import { can } from '@/modules/access';
import type { Actor } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import type { IatiSourceRow } from '../iati.table';
import { toSourceSummary, worstReconciliation, type View } from './source.mapper';
import { countFilesBySource, currentReconciliations } from './source.repository';
import type { SourceSummary } from './source.schemas';

/**
 * Source rows as the API shows them: with their file counts and the worst current reconciliation; their
 * addresses redacted for readers who may not change sources.
 */
export async function summarizeSources(
  db: Kysely<Database>,
  rows: readonly IatiSourceRow[],
  view: View,
): Promise<SourceSummary[]> {
  const [files, reconciliations] = await Promise.all([countFilesBySource(db), currentReconciliations(db)]);
  return rows.map((row) =>
    toSourceSummary(
      row,
      {
        fileCount: files.get(row.id) ?? 0,
        reconciliationStatus: worstReconciliation(
          reconciliations.filter((entry) => entry.sourceId === row.id).map((entry) => entry.json),
        ),
      },
      view,
    ),
  );
}

/** One source as the API shows it. */
export async function summarizeSource(
  db: Kysely<Database>,
  row: IatiSourceRow,
  view: View,
): Promise<SourceSummary> {
  const [files, reconciliations] = await Promise.all([
    countFilesBySource(db, row.id),
    currentReconciliations(db, row.id),
  ]);
  return toSourceSummary(
    row,
    {
      fileCount: files.get(row.id) ?? 0,
      reconciliationStatus: worstReconciliation(reconciliations.map((entry) => entry.json)),
    },
    view,
  );
}

/** How a reader sees sources' addresses: in full when they may change sources, redacted otherwise. */
export function viewFor(actor: Actor): View {
  return { redact: !can(actor, 'iati.source.manage') };
}
