import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { NotFoundError, PreconditionFailedError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import type { IatiSourceRow } from '../iati.table';
import { checkSourceLocation } from './check-source-location';
import { checkSourceName } from './check-source-name';
import { findSource } from './source.repository';
import { SourcePatch, type SourceSummary } from './source.schemas';
import { withoutLocationCredentials } from './source-urls';
import { summarizeSource } from './source-facts';
import { DEFAULT_CHECK_SETTINGS, type SourceCheckSettings } from './sync-settings';

/**
 * Changes a source if it is still at `expectedVersion` (optimistic concurrency). A new kind or location
 * forgets the validators of the old URLs, so the next sync fetches and compares afresh.
 * @throws ForbiddenError; NotFoundError `iati_source_not_found`; PreconditionFailedError `precondition_failed`;
 * ValidationError (`address_refused` on body.location, as registerSource); ConflictError `conflict` (name taken)
 */
export async function updateSource({
  ctx,
  input,
  settings = DEFAULT_CHECK_SETTINGS,
}: {
  ctx: ServiceContext;
  input: { id: string; expectedVersion: number; patch: SourcePatch };
  settings?: SourceCheckSettings;
}): Promise<SourceSummary> {
  authorize(ctx.actor, 'iati.source.manage');
  const patch = parseInput(SourcePatch, input.patch, 'body');
  const current = await findSource(ctx.db, input.id);
  if (current === undefined) {
    throw new NotFoundError('iati_source_not_found', input.id);
  }
  await checkSourceLocation(patch.kind ?? current.kind, patch.location ?? current.location, settings);
  return withTransaction(ctx, async (trx) => {
    const before = await findSource(trx, input.id);
    if (before === undefined) {
      throw new NotFoundError('iati_source_not_found', input.id);
    }
    if (before.version !== input.expectedVersion) {
      throw new PreconditionFailedError();
    }
    if (patch.name !== undefined) {
      await checkSourceName(trx, patch.name, before.id);
    }
    const after: IatiSourceRow = {
      ...before,
      name: patch.name ?? before.name,
      kind: patch.kind ?? before.kind,
      location: patch.location ?? before.location,
      publisher: patch.publisher ?? before.publisher,
      licence: patch.licence ?? before.licence,
      limitations_es: patch.limitations?.es ?? before.limitations_es,
      limitations_en: patch.limitations?.en ?? before.limitations_en,
      interval_hours: patch.intervalHours === undefined ? before.interval_hours : patch.intervalHours,
      updated_at: ctx.now().toISOString(),
      version: before.version + 1,
    };
    const updated = await trx
      .updateTable('iati_source')
      .set(after)
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) {
      throw new PreconditionFailedError();
    }
    if (after.kind !== before.kind || after.location !== before.location) {
      await trx.deleteFrom('iati_source_resource').where('source_id', '=', before.id).execute();
    }
    const changedFields = (Object.keys(after) as (keyof IatiSourceRow)[]).filter(
      (key) => after[key] !== before[key],
    );
    await recordAudit(trx, ctx, {
      action: 'iati.source.update',
      entity: 'iati_source',
      entityId: before.id,
      details: {
        before: withoutLocationCredentials(before),
        after: withoutLocationCredentials(after),
        changedFields,
      },
    });
    // Shown in full: only those who may change sources get here.
    return summarizeSource(trx, after, { redact: false });
  });
}
