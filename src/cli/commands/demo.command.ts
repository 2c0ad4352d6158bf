import type { Command } from 'commander';
import { loadDemoPortfolio } from '@/modules/demo';
import { loadPublicData } from '@/modules/iati';
import type { ServiceContext } from '@/platform/context';
import { describeSyncRun, hasFailed } from '../describe-sync-run';
import { runCommand } from '../run-command';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load the fictional, clearly labelled demo portfolio (once; every record is marked demo)')
    .option(
      '--public-data',
      'instead, load the US government IATI files shipped with the product as real records with their source',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean; publicData?: boolean }) => {
      await runCommand('demo', async (ctx) => {
        if (options.publicData === true) {
          await loadShippedPublicData(ctx, options.json === true);
          return;
        }
        const started = Date.now();
        const result = await loadDemoPortfolio({ ctx });
        if (options.json === true) {
          process.stdout.write(`${JSON.stringify(result)}\n`);
          return;
        }
        process.stdout.write(
          result.status === 'already_loaded'
            ? 'The demo portfolio is already loaded; nothing changed.\n'
            : `Demo portfolio loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
                `${result.organisations} organisations, ${result.activities} activities, ` +
                `${result.transactions} transactions, ${result.budgets} budgets, ${result.events} funding events. ` +
                'Every record is marked demo.\n',
        );
      });
    });
}

/** `--public-data`: registers the shipped sources (once) and imports what is not imported yet. */
async function loadShippedPublicData(ctx: ServiceContext, json: boolean): Promise<void> {
  const result = await loadPublicData({ ctx });
  if (result.results.some(hasFailed)) {
    process.exitCode = 1;
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  for (const name of result.registered) {
    process.stdout.write(`Registered the shipped source ${name}.\n`);
  }
  for (const run of result.results) {
    process.stdout.write(describeSyncRun(run));
  }
  for (const name of result.running) {
    process.stdout.write(`${name}: skipped, a sync of it is already running.\n`);
  }
  process.stdout.write('These are real public records (not demo), each marked with its source file.\n');
}
