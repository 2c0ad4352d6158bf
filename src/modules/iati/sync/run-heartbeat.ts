import type { ServiceContext } from '@/platform/context';
import { beatAttempt } from './sync-attempt.repository';

/**
 * Marks a running attempt alive every `everyMs` until stopped, so that another process judges the run by
 * whether it still beats, not by when it started (claim-source-run.ts). One beat at a time: on SQLite a
 * beat waits while the import's transaction holds the connection, and the next is skipped meanwhile.
 */
export function startHeartbeat(
  ctx: ServiceContext,
  attemptId: string,
  everyMs: number,
): { stop: () => Promise<void> } {
  let beating: Promise<void> | undefined;
  const timer = setInterval(() => {
    beating ??= beatAttempt(ctx.db, attemptId, ctx.now().toISOString())
      .catch((error: unknown) => ctx.log.warn({ err: error, attemptId }, 'sync heartbeat failed'))
      .finally(() => {
        beating = undefined;
      });
  }, everyMs);
  // A heartbeat never keeps a process alive by itself.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await beating;
    },
  };
}
