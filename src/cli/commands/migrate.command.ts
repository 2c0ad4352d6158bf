import type { Command } from 'commander';
import { loadConfig } from '@/platform/config';
import { connect } from '@/platform/db/connect';
import { migrateToLatest } from '@/platform/db/migrate';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (DATABASE_URL; default: embedded SQLite)')
    .action(async () => {
      const config = loadConfig();
      const db = connect(config.database);
      try {
        const applied = await migrateToLatest(db.kysely);
        process.stdout.write(
          applied.length === 0
            ? 'Database is up to date.\n'
            : `Applied ${applied.length}: ${applied.join(', ')}\n`,
        );
      } finally {
        await db.close();
      }
    });
}
