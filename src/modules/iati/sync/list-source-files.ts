import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { parseInput } from '@/platform/validation';
import { toSourceFile } from './source.mapper';
import { listFileRows } from './source.repository';
import { SourceFileQuery, type SourceFile } from './source.schemas';
import { viewFor } from './source-facts';

/**
 * Every imported IATI file — fetched for a source or imported by hand — newest first, with where it came
 * from (redacted for readers who may not change sources), its reconciliation and its latest import job.
 * @throws ForbiddenError; ValidationError `validation_failed`
 */
export async function listSourceFiles({
  ctx,
  input = {},
}: {
  ctx: ServiceContext;
  input?: unknown;
}): Promise<{ items: SourceFile[] }> {
  authorize(ctx.actor, 'iati.import');
  const query = parseInput(SourceFileQuery, input, 'query');
  const view = viewFor(ctx.actor);
  return {
    items: (await listFileRows(ctx.db, { limit: query.limit })).map((row) => toSourceFile(row, view)),
  };
}
