import { syncAll, type SyncSettings } from '@/modules/iati';
import type { ServiceContext } from '@/platform/context';

/** How often the job looks for sources whose interval has elapsed (intervals are whole hours). */
const CHECK_EVERY_MS = 60_000;

/**
 * Syncs, in the background, the registered sources whose `interval_hours` elapsed since their last
 * attempt, one at a time; a check never starts while the previous one runs, and a run of a source never
 * overlaps another run of it (claimSourceRun). `stop` aborts downloads and waits for the check to end.
 */
export function startIatiSync(input: { ctx: ServiceContext; settings: SyncSettings; everyMs?: number }): {
  stop: () => Promise<void>;
} {
  const shutdown = new AbortController();
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running !== undefined) {
      return;
    }
    running = syncAll({
      ctx: input.ctx,
      options: { settings: input.settings, trigger: 'schedule', signal: shutdown.signal },
      dueOnly: true,
    })
      .then((result) => {
        for (const run of result.results) {
          input.ctx.log.info(
            { source: run.name, outcome: run.outcome, error: run.error?.code },
            'scheduled IATI sync',
          );
        }
      })
      .catch((error: unknown) => input.ctx.log.error({ err: error }, 'scheduled IATI sync failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, input.everyMs ?? CHECK_EVERY_MS);
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      shutdown.abort();
      await running;
    },
  };
}
