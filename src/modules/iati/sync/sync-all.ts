import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { AppError } from '@/platform/errors';
import type { SyncRunResult } from './run-source-sync';
import { listSourceRows } from './source.repository';
import { syncSource, type SyncOptions } from './sync-source';

/** Runs of several sources; `running` names those skipped because a sync of them was already running. */
export interface SyncAllResult {
  readonly results: readonly SyncRunResult[];
  readonly running: readonly string[];
}

/**
 * Syncs sources one after the other (imports write one at a time anyway): every registered source, or
 * with `dueOnly` those whose interval has elapsed since their last attempt (the schedule).
 * @throws ForbiddenError
 */
export async function syncAll({
  ctx,
  options,
  dueOnly = false,
}: {
  ctx: ServiceContext;
  options: SyncOptions;
  dueOnly?: boolean;
}): Promise<SyncAllResult> {
  authorize(ctx.actor, 'iati.source.manage');
  const now = ctx.now().getTime();
  const sources = (await listSourceRows(ctx.db)).filter(
    (source) =>
      !dueOnly ||
      (source.interval_hours !== null &&
        (source.last_attempt_at === null ||
          now - Date.parse(source.last_attempt_at) >= source.interval_hours * 3_600_000)),
  );
  const results: SyncRunResult[] = [];
  const running: string[] = [];
  for (const source of sources) {
    if (options.signal?.aborted === true) {
      break;
    }
    try {
      results.push(await syncSource({ ctx, input: { id: source.id }, options }));
    } catch (error) {
      if (error instanceof AppError && error.code === 'iati_sync_running') {
        running.push(source.name);
        continue;
      }
      throw error;
    }
  }
  return { results, running };
}
