import type { Command } from 'commander';
import { listActivities } from '@/modules/activities';
import { runCommand } from '../run-command';

export function registerActivitiesCommand(program: Command): void {
  const activities = program.command('activities').description('the portfolio of activities');
  activities
    .command('list')
    .description('list activities, most recently changed first')
    .option('--limit <n>', 'how many (1–200)', '50')
    .option('--q <words>', 'search identifier and titles in either language')
    .option('--country <code>', 'recipient country (ISO 3166-1 alpha-2)')
    .option('--json', 'print { total, items } as JSON')
    .action(async (options: { limit: string; q?: string; country?: string; json?: boolean }) => {
      await runCommand('activities list', async (ctx) => {
        const page = await listActivities({
          ctx,
          input: { limit: options.limit, q: options.q, country: options.country },
        });
        if (options.json === true) {
          process.stdout.write(`${JSON.stringify({ total: page.total, items: page.items })}\n`);
          return;
        }
        for (const item of page.items) {
          const title = item.title.en || item.title.es;
          process.stdout.write(
            `${item.id}  ${(item.iatiIdentifier ?? '').padEnd(24)}  ${item.workflowState.padEnd(9)}  ${title}\n`,
          );
        }
        process.stdout.write(`${page.items.length} of ${page.total} activities\n`);
      });
    });
}
