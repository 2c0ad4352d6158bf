import { z } from 'zod';
import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';

export const FUNDING_EVENT_KINDS = [
  'suspension',
  'reprogramming',
  'rescission',
  'resumption',
  'cut',
  'increase',
] as const;

const Text = (max: number) => z.string().trim().max(max);

export const FundingEventInput = z.strictObject({
  kind: z.enum(FUNDING_EVENT_KINDS),
  eventDate: z.iso.date('must be a date YYYY-MM-DD'),
  title: z
    .strictObject({ es: Text(300).default(''), en: Text(300).default('') })
    .refine((title) => title.es !== '' || title.en !== '', {
      message: 'a title in Spanish or English is required',
      path: ['es'],
    }),
  description: z
    .strictObject({ es: Text(5000).default(''), en: Text(5000).default('') })
    .default({ es: '', en: '' }),
  activityIds: z.array(z.string().min(1).max(40)).min(1).max(1000).describe('the activities it hits'),
});
export type FundingEventInput = z.input<typeof FundingEventInput>;

export const FundingEventOutput = z
  .object({
    id: z.string(),
    kind: z.enum(FUNDING_EVENT_KINDS),
    eventDate: z.string(),
    title: z.object({ es: z.string(), en: z.string() }),
    description: z.object({ es: z.string(), en: z.string() }),
    activityIds: z.array(z.string()),
    isDemo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'FundingEvent' });
export type FundingEventOutput = z.infer<typeof FundingEventOutput>;

/**
 * Records a funding shock and links it to the activities it hits.
 * @throws ForbiddenError; ValidationError (unknown activities)
 */
export async function createFundingEvent({
  ctx,
  input,
  demo = false,
}: {
  ctx: ServiceContext;
  input: FundingEventInput;
  demo?: boolean;
}): Promise<FundingEventOutput> {
  authorize(ctx.actor, 'funding_event.create');
  const fields = parseInput(FundingEventInput, input, 'body');
  return withTransaction(ctx, async (trx) => {
    const ids = [...new Set(fields.activityIds)];
    const found = new Set(
      (await trx.selectFrom('activity').select('id').where('id', 'in', ids).execute()).map((row) => row.id),
    );
    const missing = fields.activityIds.flatMap((id, index) =>
      found.has(id)
        ? []
        : [
            {
              path: `body.activityIds.${index}`,
              code: 'not_found',
              message: { es: 'La actividad no existe.', en: 'The activity does not exist.' },
            },
          ],
    );
    if (missing.length > 0) {
      throw new ValidationError(missing);
    }
    const now = ctx.now().toISOString();
    const row = {
      id: uuidv7(ctx.now()),
      kind: fields.kind,
      event_date: fields.eventDate,
      title_es: fields.title.es,
      title_en: fields.title.en,
      description_es: fields.description.es,
      description_en: fields.description.en,
      is_demo: demo ? 1 : 0,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('funding_event').values(row).execute();
    await trx
      .insertInto('funding_event_activity')
      .values(ids.map((activityId) => ({ event_id: row.id, activity_id: activityId })))
      .execute();
    const output: FundingEventOutput = {
      id: row.id,
      kind: fields.kind,
      eventDate: row.event_date,
      title: fields.title,
      description: fields.description,
      activityIds: ids,
      isDemo: demo,
      createdAt: now,
    };
    await recordAudit(trx, ctx, {
      action: 'funding_event.create',
      entity: 'funding_event',
      entityId: row.id,
      details: { after: output },
    });
    return output;
  });
}

/** Funding events, newest first; with `activityId`, only those that hit that activity. */
export async function listFundingEvents({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { activityId?: string };
}): Promise<{ items: FundingEventOutput[] }> {
  authorize(ctx.actor, 'funding.read');
  let events = ctx.db.selectFrom('funding_event').selectAll().orderBy('event_date', 'desc').limit(500);
  if (input.activityId !== undefined) {
    const activityId = input.activityId;
    events = events.where('id', 'in', (eb) =>
      eb.selectFrom('funding_event_activity').select('event_id').where('activity_id', '=', activityId),
    );
  }
  const rows = await events.execute();
  const links =
    rows.length === 0
      ? []
      : await ctx.db
          .selectFrom('funding_event_activity')
          .selectAll()
          .where(
            'event_id',
            'in',
            rows.map((row) => row.id),
          )
          .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind as FundingEventOutput['kind'],
      eventDate: row.event_date,
      title: { es: row.title_es, en: row.title_en },
      description: { es: row.description_es, en: row.description_en },
      activityIds: links.filter((link) => link.event_id === row.id).map((link) => link.activity_id),
      isDemo: row.is_demo === 1,
      createdAt: row.created_at,
    })),
  };
}
