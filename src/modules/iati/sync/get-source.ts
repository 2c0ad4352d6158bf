import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { toAttemptOutput, toResourceOutput, toSourceFile } from './source.mapper';
import { findSource, latestAttempts, listFileRows, listResources } from './source.repository';
import type { SourceDetail } from './source.schemas';
import { summarizeSource, viewFor } from './source-facts';

/** Attempts a source's page shows. */
const ATTEMPTS_SHOWN = 20;
/** Files a source's page shows (a file is a distinct version of what the source published). */
const FILES_SHOWN = 200;

/**
 * A source with its URLs and their validators, its latest attempts and the files imported for it; its
 * addresses redacted (no credentials, no query values) for readers who may not change sources.
 * @throws ForbiddenError; NotFoundError `iati_source_not_found`
 */
export async function getSource({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<SourceDetail> {
  authorize(ctx.actor, 'iati.import');
  const row = await findSource(ctx.db, input.id);
  if (row === undefined) {
    throw new NotFoundError('iati_source_not_found', input.id);
  }
  const view = viewFor(ctx.actor);
  const [summary, resources, attempts, files] = await Promise.all([
    summarizeSource(ctx.db, row, view),
    listResources(ctx.db, row.id),
    latestAttempts(ctx.db, row.id, ATTEMPTS_SHOWN),
    listFileRows(ctx.db, { sourceId: row.id, limit: FILES_SHOWN }),
  ]);
  return {
    ...summary,
    resources: resources.map((resource) => toResourceOutput(resource, view)),
    attempts: attempts.map((attempt) => toAttemptOutput(attempt, view)),
    files: files.map((file) => toSourceFile(file, view)),
  };
}
