import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/platform/db/database';

export const HistoryEntryOutput = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    actorId: z.string(),
    actorName: z.string().describe('the person’s name and e-mail, or the operator command / system job'),
    changedFields: z.array(z.string()),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntryOutput = z.infer<typeof HistoryEntryOutput>;

/**
 * The audit entries of some records, oldest first, with who made each change. The calling module
 * decides who may read them (it authorises against the record itself).
 */
export async function listEntityHistory(
  db: Kysely<Database>,
  records: readonly { entity: string; entityId: string }[],
  limit = 500,
): Promise<HistoryEntryOutput[]> {
  if (records.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom('audit_event')
    .leftJoin('app_user', 'app_user.id', 'audit_event.actor_id')
    .select([
      'audit_event.seq',
      'audit_event.occurred_at',
      'audit_event.action',
      'audit_event.entity',
      'audit_event.entity_id',
      'audit_event.actor_id',
      'audit_event.details',
      'app_user.name',
      'app_user.email',
    ])
    .where((eb) =>
      eb.or(
        records.map((record) =>
          eb.and([
            eb('audit_event.entity', '=', record.entity),
            eb('audit_event.entity_id', '=', record.entityId),
          ]),
        ),
      ),
    )
    .orderBy('audit_event.seq')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const details = JSON.parse(row.details) as Record<string, unknown>;
    return {
      seq: row.seq,
      occurredAt: row.occurred_at,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      actorId: row.actor_id,
      actorName: row.email === null ? row.actor_id : `${row.name ?? ''} <${row.email}>`,
      changedFields: Array.isArray(details.changedFields) ? (details.changedFields as string[]) : [],
      details,
    };
  });
}
