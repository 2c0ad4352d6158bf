import type { Command } from 'commander';
import { loadDemoPortfolio } from '@/modules/demo';
import { runCommand } from '../run-command';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load the fictional, clearly labelled demo portfolio (once; every record is marked demo)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      await runCommand('demo', async (ctx) => {
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
