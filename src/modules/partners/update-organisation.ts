import { recordAudit } from '@/modules/audit';
import { authorize } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { ConflictError, NotFoundError, PreconditionFailedError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { checkOrganisationFields } from './check-organisation';
import { findOrganisation, hasRecordedMoney } from './organisation.repository';
import { toOrganisationOutput } from './organisation.mapper';
import { OrganisationPatch, type OrganisationOutput } from './organisation.schemas';
import type { OrganisationTable } from './organisation.table';

/**
 * Changes an organisation if it is still at `expectedVersion` (optimistic concurrency).
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError `precondition_failed`; ValidationError; ConflictError
 */
export async function updateOrganisation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; expectedVersion: number; patch: OrganisationPatch };
}): Promise<OrganisationOutput> {
  const patch = parseInput(OrganisationPatch, input.patch, 'body');
  return withTransaction(ctx, async (trx) => {
    const before = await findOrganisation(trx, input.id);
    if (before === undefined) {
      throw new NotFoundError('not_found', input.id);
    }
    authorize(ctx.actor, 'organisation.update', {
      organisationId: before.id,
      countryCode: before.country_code,
    });
    if (before.version !== input.expectedVersion) {
      throw new PreconditionFailedError();
    }
    await checkOrganisationFields(trx, patch, before.id);
    if (
      patch.fiscalYearStartMonth !== undefined &&
      patch.fiscalYearStartMonth !== before.fiscal_year_start_month &&
      (await hasRecordedMoney(trx, before.id))
    ) {
      // Stored money is filed in fiscal years (and locks are per year): a new convention would mix two.
      throw new ConflictError([
        {
          path: 'body.fiscalYearStartMonth',
          code: 'money_recorded',
          message: {
            es: 'La organización ya tiene montos registrados por año fiscal; su convención de año fiscal no puede cambiar.',
            en: 'The organisation already has money filed by fiscal year; its fiscal-year convention cannot change.',
          },
        },
      ]);
    }
    const after: OrganisationTable = {
      ...before,
      name_es: patch.name?.es ?? before.name_es,
      name_en: patch.name?.en ?? before.name_en,
      iati_identifier: patch.iatiIdentifier === undefined ? before.iati_identifier : patch.iatiIdentifier,
      type: patch.type ?? before.type,
      country_code: patch.countryCode === undefined ? before.country_code : patch.countryCode,
      fiscal_year_start_month: patch.fiscalYearStartMonth ?? before.fiscal_year_start_month,
      updated_at: ctx.now().toISOString(),
      version: before.version + 1,
    };
    const updated = await trx
      .updateTable('organisation')
      .set(after)
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) {
      throw new PreconditionFailedError();
    }
    const changedFields = (Object.keys(after) as (keyof OrganisationTable)[]).filter(
      (key) => after[key] !== before[key],
    );
    await recordAudit(trx, ctx, {
      action: 'organisation.update',
      entity: 'organisation',
      entityId: before.id,
      details: { before, after, changedFields },
    });
    return toOrganisationOutput(after);
  });
}
