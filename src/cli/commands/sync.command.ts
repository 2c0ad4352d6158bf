import type { Command } from 'commander';
import { listSources, syncAll, syncSettingsOf, syncSource, type SyncRunResult } from '@/modules/iati';
import { loadConfig } from '@/platform/config';
import { NotFoundError } from '@/platform/errors';
import { describeSyncRun, hasFailed } from '../describe-sync-run';
import { runCommand } from '../run-command';

export function registerSyncCommand(program: Command): void {
  program
    .command('sync')
    .description('fetch registered public data sources')
    .command('iati')
    .description(
      'fetch every registered IATI source (or one) and import what changed; exit 1 when any failed',
    )
    .option('--source <name>', 'only the source with this name (`carsi sources list`)')
    .option('--json', 'print one JSON result per source, one per line')
    .action(async (options: { source?: string; json?: boolean }) => {
      await runCommand('sync iati', async (ctx) => {
        const syncOptions = { settings: syncSettingsOf(loadConfig()), trigger: 'manual' as const };
        let runs: readonly SyncRunResult[];
        if (options.source === undefined) {
          const all = await syncAll({ ctx, options: syncOptions });
          runs = all.results;
          for (const name of all.running) {
            process.stderr.write(`${name}: skipped, a sync of it is already running\n`);
          }
        } else {
          const source = (await listSources({ ctx })).items.find((item) => item.name === options.source);
          if (source === undefined) {
            throw new NotFoundError('iati_source_not_found', options.source);
          }
          runs = [await syncSource({ ctx, input: { id: source.id }, options: syncOptions })];
        }
        for (const run of runs) {
          process.stdout.write(options.json === true ? `${JSON.stringify(run)}\n` : describeSyncRun(run));
        }
        if (runs.some(hasFailed)) {
          process.exitCode = 1;
        }
      });
    });
}
