import { z } from 'zod';
import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { MAX_PAGE_SIZE } from '@/platform/pagination';
import { parseInput } from '@/platform/validation';

const IsoDate = z.iso.date('must be a date YYYY-MM-DD');

const AuditFilters = z.strictObject({
  actor: z.string().max(100).optional().describe('actor id (user id, `cli:…`, `system:…`)'),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(60).optional().describe('e.g. `user.create`'),
  from: IsoDate.optional().describe('first day, inclusive (UTC)'),
  to: IsoDate.optional().describe('last day, inclusive (UTC)'),
});

const fromNotAfterTo = (query: { from?: string; to?: string }) =>
  query.from === undefined || query.to === undefined || query.from <= query.to;
const FROM_AFTER_TO = { message: '"from" must not be after "to"', path: ['from'] };

/** The filters of the audit log, for the CSV export (which has no pages). */
export const AuditExportQuery = AuditFilters.refine(fromNotAfterTo, FROM_AFTER_TO);
export type AuditExportQuery = z.input<typeof AuditExportQuery>;

export const AuditEventQuery = AuditFilters.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.coerce.number().int().min(1).optional().describe('`nextCursor` of the previous page'),
}).refine(fromNotAfterTo, FROM_AFTER_TO);
export type AuditEventQuery = z.input<typeof AuditEventQuery>;

export const AuditEventOutput = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    occurredAt: z.string(),
    actorType: z.string(),
    actorId: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    requestId: z.string(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventOutput = z.infer<typeof AuditEventOutput>;

/**
 * The audit log, newest first, filtered by actor, entity, action and date.
 * @throws AppError `unauthenticated`; ForbiddenError; ValidationError
 */
export async function listAuditEvents({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AuditEventQuery;
}): Promise<{ items: AuditEventOutput[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'audit.read');
  const query = parseInput(AuditEventQuery, input, 'query');
  let select = ctx.db
    .selectFrom('audit_event')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(query.limit + 1);
  if (query.cursor !== undefined) {
    select = select.where('seq', '<', query.cursor);
  }
  if (query.actor !== undefined) {
    select = select.where('actor_id', '=', query.actor);
  }
  if (query.entity !== undefined) {
    select = select.where('entity', '=', query.entity);
  }
  if (query.entityId !== undefined) {
    select = select.where('entity_id', '=', query.entityId);
  }
  if (query.action !== undefined) {
    select = select.where('action', '=', query.action);
  }
  if (query.from !== undefined) {
    select = select.where('occurred_at', '>=', `${query.from}T00:00:00.000Z`);
  }
  if (query.to !== undefined) {
    select = select.where('occurred_at', '<=', `${query.to}T23:59:59.999Z`);
  }
  const rows = await select.execute();
  const items = rows.slice(0, query.limit);
  return {
    items: items.map((row) => ({
      seq: row.seq,
      id: row.id,
      occurredAt: row.occurred_at,
      actorType: row.actor_type,
      actorId: row.actor_id,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      requestId: row.request_id,
      details: JSON.parse(row.details) as Record<string, unknown>,
      hash: row.hash,
    })),
    nextCursor: rows.length > query.limit ? String(items.at(-1)?.seq) : null,
  };
}
