import type { Command } from 'commander';
import { listSources, registerSource, SOURCE_KINDS, syncSettingsOf } from '@/modules/iati';
import { loadConfig } from '@/platform/config';
import { runCommand } from '../run-command';

interface AddOptions {
  name: string;
  kind: string;
  location: string;
  publisher: string;
  licence: string;
  intervalHours?: string;
  limitationsEs?: string;
  limitationsEn?: string;
  json?: boolean;
}

export function registerSourcesCommand(program: Command): void {
  const sources = program.command('sources').description('registered public IATI data sources');
  sources
    .command('list')
    .description('every registered source with its status, last sync, files and reconciliation')
    .option('--json', 'print `{ items }` as JSON')
    .action(async (options: { json?: boolean }) => {
      await runCommand('sources list', async (ctx) => {
        const { items } = await listSources({ ctx });
        if (options.json === true) {
          process.stdout.write(`${JSON.stringify({ items })}\n`);
          return;
        }
        for (const source of items) {
          process.stdout.write(
            `${source.name} (${source.kind}) ${source.status}` +
              ` — last attempt ${source.lastAttemptAt ?? 'never'}, ${source.fileCount} files` +
              `, reconciliation ${source.reconciliationStatus ?? 'none yet'}` +
              `${source.intervalHours === null ? ', by hand only' : `, every ${source.intervalHours} h`}\n` +
              `  ${source.location}\n` +
              (source.lastError === null ? '' : `  ${source.lastError.code}: ${source.lastError.en}\n`),
          );
        }
        if (items.length === 0) {
          process.stdout.write(
            'No sources registered (`carsi sources add`, or `carsi demo --public-data`).\n',
          );
        }
      });
    });

  sources
    .command('add')
    .description(
      'register a source to fetch by hand (`carsi sync iati`) and, with an interval, on a schedule',
    )
    .requiredOption('--name <name>', 'short unique name (lowercase letters, digits, ".", "-", "_")')
    .requiredOption('--kind <kind>', SOURCE_KINDS.join(', '))
    .requiredOption(
      '--location <location>',
      'file_url: the http(s) address; registry_publisher: the Registry publisher id; datastore_query: the query',
    )
    .requiredOption('--publisher <publisher>', 'who publishes the data')
    .requiredOption('--licence <licence>', 'the licence it is published under')
    .option('--interval-hours <n>', 'hours between scheduled fetches (default: only by hand)')
    .option('--limitations-es <text>', 'the publisher’s stated limitations, in Spanish')
    .option('--limitations-en <text>', 'the publisher’s stated limitations, in English')
    .option('--json', 'print the registered source as JSON')
    .action(async (options: AddOptions) => {
      await runCommand('sources add', async (ctx) => {
        const source = await registerSource({
          ctx,
          settings: syncSettingsOf(loadConfig()),
          input: {
            name: options.name,
            kind: options.kind as 'file_url',
            location: options.location,
            publisher: options.publisher,
            licence: options.licence,
            limitations: { es: options.limitationsEs ?? '', en: options.limitationsEn ?? '' },
            // A non-number reaches the verb as NaN and is refused there with the field's message.
            intervalHours: options.intervalHours === undefined ? null : Number(options.intervalHours),
          },
        });
        process.stdout.write(
          options.json === true
            ? `${JSON.stringify(source)}\n`
            : `Registered ${source.name} (${source.kind}, id ${source.id}); fetch it with \`carsi sync iati --source ${source.name}\`.\n`,
        );
      });
    });
}
