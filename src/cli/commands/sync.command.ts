import type { Command } from 'commander';
import { listSources, syncAll, syncSettingsOf, syncSource, type SyncRunResult } from '@/modules/iati';
import type { ServiceContext } from '@/platform/context';
import { loadConfig } from '@/platform/config';
import { NotFoundError } from '@/platform/errors';
import { describeSyncRun, hasFailed } from '../describe-sync-run';
import { runCommand } from '../run-command';

/** The exit code of a command stopped by a signal, as shells report it (128 + the signal's number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export function registerSyncCommand(program: Command): void {
  program
    .command('sync')
    .description('fetch registered public data sources')
    .command('iati')
    .description(
      'fetch every registered IATI source (or one) and import what changed; exit 1 when any failed; ' +
        'Ctrl-C (SIGINT) or SIGTERM stops the download in progress and records it as interrupted',
    )
    .option('--source <name>', 'only the source with this name (`carsi sources list`)')
    .option('--json', 'print one JSON result per source, one per line')
    .action(async (options: { source?: string; json?: boolean }) => {
      await runCommand('sync iati', async (ctx) => {
        const interrupted = onSignals(['SIGINT', 'SIGTERM']);
        try {
          const runs = await syncRuns(ctx, options.source, interrupted.signal);
          for (const run of runs) {
            process.stdout.write(options.json === true ? `${JSON.stringify(run)}\n` : describeSyncRun(run));
          }
          if (interrupted.by !== undefined) {
            process.exitCode = SIGNAL_EXIT[interrupted.by];
          } else if (runs.some(hasFailed)) {
            process.exitCode = 1;
          }
        } finally {
          interrupted.dispose();
        }
      });
    });
}

async function syncRuns(
  ctx: ServiceContext,
  name: string | undefined,
  signal: AbortSignal,
): Promise<readonly SyncRunResult[]> {
  const syncOptions = { settings: syncSettingsOf(loadConfig()), trigger: 'manual' as const, signal };
  if (name === undefined) {
    const all = await syncAll({ ctx, options: syncOptions });
    for (const skipped of all.running) {
      process.stderr.write(`${skipped}: skipped, a sync of it is already running\n`);
    }
    return all.results;
  }
  const source = (await listSources({ ctx })).items.find((item) => item.name === name);
  if (source === undefined) {
    throw new NotFoundError('iati_source_not_found', name);
  }
  return [await syncSource({ ctx, input: { id: source.id }, options: syncOptions })];
}

/**
 * The first SIGINT or SIGTERM aborts the sync (the download stops, the run is recorded as failed with
 * `sync_interrupted`, a file being imported finishes first); a second one ends the process at once, as
 * the signal's default does (the run is then taken as abandoned when its heartbeat stops).
 */
function onSignals(signals: readonly (keyof typeof SIGNAL_EXIT)[]) {
  const controller = new AbortController();
  const state: { by?: keyof typeof SIGNAL_EXIT } = {};
  const handle = (signal: keyof typeof SIGNAL_EXIT) => {
    state.by = signal;
    process.stderr.write(
      `carsi sync iati: ${signal}: stopping; the sync in progress is recorded as interrupted\n`,
    );
    controller.abort();
  };
  for (const signal of signals) {
    process.once(signal, handle);
  }
  return {
    signal: controller.signal,
    get by() {
      return state.by;
    },
    dispose: () => {
      for (const signal of signals) {
        process.off(signal, handle);
      }
    },
  };
}
