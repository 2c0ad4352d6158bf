import type { Command } from 'commander';
import { rebuildFundingCube } from '@/modules/funding-cube';
import { summarizeFunding } from '@/modules/funding';
import { withTransaction } from '@/platform/context';
import { runCommand } from '../run-command';

export function registerFundingCommand(program: Command): void {
  const funding = program.command('funding').description('funding figures');
  funding
    .command('summary')
    .description('sum funding by dimensions, as GET /api/v1/funding/summary (docs/FUNDING.md)')
    .option(
      '--group-by <dims>',
      'comma-separated: country, subdivision, goal, escaComponent, sector, organisation, account, fiscalYear, stage, transactionType, currency',
      '',
    )
    .option('--raw', 'sum every stored transaction as reported (no split, no pass-through rule)')
    .option('--fiscal-year <year>', 'only this fiscal year')
    .option('--country <code>', 'only this recipient country')
    .option('--json', 'print the summary as JSON')
    .action(
      async (options: {
        groupBy: string;
        raw?: boolean;
        fiscalYear?: string;
        country?: string;
        json?: boolean;
      }) => {
        await runCommand('funding summary', async (ctx) => {
          const summary = await summarizeFunding({
            ctx,
            input: {
              groupBy: options.groupBy,
              raw: options.raw === true ? 'true' : 'false',
              ...(options.fiscalYear === undefined ? {} : { fiscalYear: options.fiscalYear }),
              ...(options.country === undefined ? {} : { country: options.country }),
            },
          });
          if (options.json === true) {
            process.stdout.write(`${JSON.stringify(summary)}\n`);
            return;
          }
          for (const row of summary.rows) {
            const dims = summary.groupBy.map((dimension) => String(row[dimension] ?? '—')).join('  ');
            const amount = row.amount === undefined ? '' : `  ${row.amount} ${row.currency ?? ''}`;
            process.stdout.write(
              `${dims}${amount}  USD ${row.amountUsd}${row.transactions === undefined ? '' : `  (${row.transactions} transactions)`}\n`,
            );
          }
          process.stdout.write(`total USD ${summary.totalUsd} from ${summary.transactions} transactions\n`);
        });
      },
    );
  funding
    .command('rebuild-cube')
    .description(
      'recompute the funding cube from the stored transactions (after bulk loads, or to repair it)',
    )
    .action(async () => {
      await runCommand('funding rebuild-cube', async (ctx) => {
        const started = Date.now();
        const cells = await withTransaction(ctx, (trx) => rebuildFundingCube(trx));
        process.stdout.write(
          `Funding cube rebuilt: ${cells} cells in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
        );
      });
    });
}
