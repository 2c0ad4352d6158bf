import { z } from 'zod';
import { authorize } from '@/modules/access';
import { actorId, recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';

export const PeriodLockInput = z.strictObject({
  organisationId: z.string().min(1).max(40),
  fiscalYear: z.number().int().min(1990).max(2100),
});
export type PeriodLockInput = z.input<typeof PeriodLockInput>;

export const PeriodLockOutput = z
  .object({
    organisationId: z.string(),
    fiscalYear: z.number().int(),
    lockedAt: z.string(),
    lockedBy: z.string(),
  })
  .meta({ id: 'PeriodLock' });
export type PeriodLockOutput = z.infer<typeof PeriodLockOutput>;

/** Every locked fiscal year, by organisation. @throws AppError `unauthenticated` */
export async function listPeriodLocks({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<{ items: PeriodLockOutput[] }> {
  authorize(ctx.actor, 'funding.read');
  const rows = await ctx.db
    .selectFrom('period_lock')
    .selectAll()
    .orderBy('organisation_id')
    .orderBy('fiscal_year')
    .execute();
  return {
    items: rows.map((row) => ({
      organisationId: row.organisation_id,
      fiscalYear: row.fiscal_year,
      lockedAt: row.locked_at,
      lockedBy: row.locked_by,
    })),
  };
}

/**
 * Locks (or, with `locked: false`, reopens) a fiscal year of an organisation: while locked, no transaction
 * or budget of its activities in that year can be recorded, changed or deleted. Idempotent.
 * @throws ForbiddenError; ValidationError; NotFoundError
 */
export async function setPeriodLock({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: PeriodLockInput & { locked: boolean };
}): Promise<void> {
  const fields = parseInput(
    PeriodLockInput,
    { organisationId: input.organisationId, fiscalYear: input.fiscalYear },
    'body',
  );
  await withTransaction(ctx, async (trx) => {
    const organisation = await trx
      .selectFrom('organisation')
      .select(['id', 'country_code'])
      .where('id', '=', fields.organisationId)
      .executeTakeFirst();
    if (organisation === undefined) {
      throw new NotFoundError('not_found', fields.organisationId);
    }
    authorize(ctx.actor, 'period_lock.manage', {
      organisationId: organisation.id,
      countryCode: organisation.country_code,
    });
    const where = { organisation_id: organisation.id, fiscal_year: fields.fiscalYear };
    if (input.locked) {
      await trx
        .insertInto('period_lock')
        .values({ ...where, locked_at: ctx.now().toISOString(), locked_by: actorId(ctx.actor) })
        .onConflict((conflict) => conflict.columns(['organisation_id', 'fiscal_year']).doNothing())
        .execute();
    } else {
      await trx
        .deleteFrom('period_lock')
        .where('organisation_id', '=', where.organisation_id)
        .where('fiscal_year', '=', where.fiscal_year)
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: input.locked ? 'period_lock.create' : 'period_lock.delete',
      entity: 'period_lock',
      entityId: `${organisation.id}/${fields.fiscalYear}`,
      details: where,
    });
  });
}
