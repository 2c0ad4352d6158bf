import type { Transaction } from 'kysely';
import type { ServiceContext } from '@/platform/context';
import { canonicalJson } from '@/platform/crypto/canonical-json';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { Database } from '@/platform/db/database';
import { lockSequence } from '@/platform/db/dialect';
import type { AuditEntry } from './audit-action';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash';
import { actorId, redactSecrets } from './audit-values';

/**
 * Appends one entry to the audit chain inside the caller's transaction, so the change and its record
 * commit together or not at all: if this throws, the caller's transaction — and its change — rolls back.
 * @throws TypeError when `details` holds a value JSON cannot represent
 */
export async function recordAudit(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  entry: AuditEntry,
): Promise<void> {
  const details = canonicalJson(redactSecrets(entry.details ?? {}));
  await lockSequence(trx, ctx.dialect, 'audit_event');
  const last = await trx
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const occurredAt = ctx.now();
  const event = {
    seq: (last?.seq ?? 0) + 1,
    id: uuidv7(occurredAt),
    occurred_at: occurredAt.toISOString(),
    actor_type: ctx.actor.type,
    actor_id: actorId(ctx.actor),
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    request_id: ctx.requestId,
    details,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit_event')
    .values({ ...event, hash: hashAuditEvent(event) })
    .execute();
}
