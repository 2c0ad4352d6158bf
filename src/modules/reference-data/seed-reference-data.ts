import type { Transaction } from 'kysely';
import { recordAudit } from '@/modules/audit';
import { loadCodelists, codelistReferenceFiles } from '@/modules/codelists';
import { loadStatistics, statisticReferenceFiles } from '@/modules/context-stats';
import { frameworkReferenceFiles, loadFrameworks } from '@/modules/frameworks';
import { accountReferenceFiles, loadAccounts } from '@/modules/funding';
import { countryReferenceFiles, loadCountries } from '@/modules/partners';
import { withTransaction, type ServiceContext } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import { combinedSha256, type ReferenceFile } from '@/platform/reference-files';

interface ReferenceDataset {
  readonly id: string;
  readonly files: (referenceDir: string) => ReferenceFile[];
  readonly load: (trx: Transaction<Database>, files: readonly ReferenceFile[]) => Promise<number>;
}

/** In load order: statistics reference countries. */
const DATASETS: readonly ReferenceDataset[] = [
  { id: 'countries', files: countryReferenceFiles, load: loadCountries },
  { id: 'frameworks', files: frameworkReferenceFiles, load: loadFrameworks },
  { id: 'codelists', files: codelistReferenceFiles, load: loadCodelists },
  { id: 'statistics', files: statisticReferenceFiles, load: loadStatistics },
  { id: 'appropriation_accounts', files: accountReferenceFiles, load: loadAccounts },
];

export interface SeedResult {
  readonly datasets: readonly { id: string; status: 'loaded' | 'unchanged'; rows: number }[];
}

/**
 * Loads the reference data shipped in `reference/`. Each dataset loads in its own transaction and is
 * skipped when its files' checksum equals the one recorded at the last load, so running it twice changes
 * nothing. `force` reloads everything.
 */
export async function seedReferenceData({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { referenceDir: string; force?: boolean };
}): Promise<SeedResult> {
  const results: SeedResult['datasets'][number][] = [];
  for (const dataset of DATASETS) {
    const files = dataset.files(input.referenceDir);
    const sha256 = combinedSha256(files);
    const result = await withTransaction(ctx, async (trx) => {
      const previous = await trx
        .selectFrom('reference_dataset')
        .select(['sha256', 'row_count'])
        .where('id', '=', dataset.id)
        .executeTakeFirst();
      if (previous?.sha256 === sha256 && input.force !== true) {
        return { id: dataset.id, status: 'unchanged' as const, rows: previous.row_count };
      }
      const rows = await dataset.load(trx, files);
      const record = {
        id: dataset.id,
        file: files.map((file) => file.relativePath).join(', '),
        sha256,
        row_count: rows,
        loaded_at: ctx.now().toISOString(),
      };
      await trx
        .insertInto('reference_dataset')
        .values(record)
        .onConflict((conflict) =>
          conflict
            .column('id')
            .doUpdateSet({ file: record.file, sha256, row_count: rows, loaded_at: record.loaded_at }),
        )
        .execute();
      await recordAudit(trx, ctx, {
        action: 'reference_data.load',
        entity: 'reference_dataset',
        entityId: dataset.id,
        details: { sha256, rows, previousSha256: previous?.sha256 ?? null, files: record.file },
      });
      return { id: dataset.id, status: 'loaded' as const, rows };
    });
    ctx.log.info({ dataset: result.id, status: result.status, rows: result.rows }, 'reference data');
    results.push(result);
  }
  return { datasets: results };
}
