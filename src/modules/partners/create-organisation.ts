import { recordAudit } from '@/modules/audit';
import { authorize } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { parseInput } from '@/platform/validation';
import { checkOrganisationFields } from './check-organisation';
import { toOrganisationOutput } from './organisation.mapper';
import { OrganisationInput, type OrganisationOutput } from './organisation.schemas';
import type { OrganisationTable } from './organisation.table';

/**
 * Registers an organisation.
 * @throws ForbiddenError; ValidationError `validation_failed`; ConflictError `conflict` (IATI identifier)
 */
export async function createOrganisation({
  ctx,
  input,
  demo = false,
}: {
  ctx: ServiceContext;
  input: OrganisationInput;
  /** Marks the organisation as part of the fictional demo portfolio (only `carsi demo` does). */
  demo?: boolean;
}): Promise<OrganisationOutput> {
  authorize(ctx.actor, 'organisation.create');
  const fields = parseInput(OrganisationInput, input, 'body');
  return withTransaction(ctx, async (trx) => {
    await checkOrganisationFields(trx, fields);
    const now = ctx.now().toISOString();
    const row: OrganisationTable = {
      id: uuidv7(ctx.now()),
      name_es: fields.name.es,
      name_en: fields.name.en,
      iati_identifier: fields.iatiIdentifier,
      type: fields.type,
      country_code: fields.countryCode,
      fiscal_year_start_month: fields.fiscalYearStartMonth,
      is_demo: demo ? 1 : 0,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('organisation').values(row).execute();
    await recordAudit(trx, ctx, {
      action: 'organisation.create',
      entity: 'organisation',
      entityId: row.id,
      details: { after: row },
    });
    return toOrganisationOutput(row);
  });
}
