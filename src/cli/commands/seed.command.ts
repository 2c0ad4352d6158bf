import type { Command } from 'commander';
import { seedReferenceData } from '@/modules/reference-data';
import { loadConfig } from '@/platform/config';
import { connect } from '@/platform/db/connect';
import { migrateToLatest } from '@/platform/db/migrate';
import { createLogger } from '@/platform/logger';
import { REFERENCE_DIR } from '@/platform/paths';
import { cliContext } from '../cli-context';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('load the shipped reference data (idempotent: unchanged datasets are skipped)')
    .option('--force', 'reload every dataset even if unchanged')
    .action(async (options: { force?: boolean }) => {
      const config = loadConfig();
      const db = connect(config.database);
      try {
        await migrateToLatest(db.kysely);
        const ctx = cliContext(db, createLogger({ logLevel: 'warn' }), 'seed', config);
        const result = await seedReferenceData({
          ctx,
          input: { referenceDir: REFERENCE_DIR, force: options.force },
        });
        for (const dataset of result.datasets) {
          process.stdout.write(
            `${dataset.id.padEnd(12)} ${dataset.status.padEnd(10)} ${dataset.rows} rows\n`,
          );
        }
      } finally {
        await db.close();
      }
    });
}
