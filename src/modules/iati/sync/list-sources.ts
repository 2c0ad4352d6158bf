import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { listSourceRows } from './source.repository';
import type { SourceSummary } from './source.schemas';
import { summarizeSources, viewFor } from './source-facts';

/**
 * Every registered source by name, with its status, file count and reconciliation (addresses redacted for
 * readers who may not change sources).
 * @throws ForbiddenError
 */
export async function listSources({ ctx }: { ctx: ServiceContext }): Promise<{ items: SourceSummary[] }> {
  authorize(ctx.actor, 'iati.import');
  return { items: await summarizeSources(ctx.db, await listSourceRows(ctx.db), viewFor(ctx.actor)) };
}
