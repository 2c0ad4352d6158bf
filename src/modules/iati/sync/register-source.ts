import { authorize } from '@/modules/access';
import { actorId, recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { parseInput } from '@/platform/validation';
import type { IatiSourceRow } from '../iati.table';
import { checkSourceLocation } from './check-source-location';
import { checkSourceName } from './check-source-name';
import { toSourceSummary } from './source.mapper';
import { SourceInput, type SourceSummary } from './source.schemas';
import { withoutLocationCredentials } from './source-urls';
import { DEFAULT_CHECK_SETTINGS, type SourceCheckSettings } from './sync-settings';

/**
 * Registers a public IATI source to be fetched by hand and, with an interval, on a schedule. A file URL
 * leading to a loopback, private or link-local address is refused unless the settings allow them.
 * @throws ForbiddenError; ValidationError `validation_failed` (`address_refused` on body.location);
 * ConflictError `conflict` (name taken)
 */
export async function registerSource({
  ctx,
  input,
  settings = DEFAULT_CHECK_SETTINGS,
}: {
  ctx: ServiceContext;
  input: SourceInput;
  settings?: SourceCheckSettings;
}): Promise<SourceSummary> {
  authorize(ctx.actor, 'iati.source.manage');
  const fields = parseInput(SourceInput, input, 'body');
  await checkSourceLocation(fields.kind, fields.location, settings);
  return withTransaction(ctx, async (trx) => {
    await checkSourceName(trx, fields.name);
    const now = ctx.now().toISOString();
    const row: IatiSourceRow = {
      id: uuidv7(ctx.now()),
      name: fields.name,
      kind: fields.kind,
      location: fields.location,
      publisher: fields.publisher,
      licence: fields.licence,
      limitations_es: fields.limitations.es,
      limitations_en: fields.limitations.en,
      interval_hours: fields.intervalHours,
      status: 'never',
      last_attempt_at: null,
      last_success_at: null,
      last_error: null,
      created_at: now,
      created_by: actorId(ctx.actor),
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('iati_source').values(row).execute();
    await recordAudit(trx, ctx, {
      action: 'iati.source.register',
      entity: 'iati_source',
      entityId: row.id,
      details: { after: withoutLocationCredentials(row) },
    });
    // Shown in full: only those who may change sources get here.
    return toSourceSummary(row, { fileCount: 0, reconciliationStatus: null }, { redact: false });
  });
}
