import type { Transaction } from 'kysely';
import type { ServiceContext } from '@/platform/context';
import { canonicalJson } from '@/platform/crypto/canonical-json';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { Database } from '@/platform/db/database';
import { insertRows, lockSequence } from '@/platform/db/dialect';
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
  await recordAuditEntries(trx, ctx, [entry]);
}

/**
 * Appends several entries to the chain in order, in the caller's transaction, with one read of the chain's
 * head and multi-row inserts (bulk imports write thousands at once).
 * @throws TypeError when a `details` holds a value JSON cannot represent
 */
export async function recordAuditEntries(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await lockSequence(trx, ctx.dialect, 'audit_event');
  const last = await trx
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const occurredAt = ctx.now();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry) => {
    seq += 1;
    const event = {
      seq,
      id: uuidv7(occurredAt),
      occurred_at: occurredAt.toISOString(),
      actor_type: ctx.actor.type,
      actor_id: actorId(ctx.actor),
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      request_id: ctx.requestId,
      details: canonicalJson(redactSecrets(entry.details ?? {})),
      prev_hash: prevHash,
    };
    prevHash = hashAuditEvent(event);
    return Object.assign(event, { hash: prevHash }); // not a spread: bulk imports record thousands
  });
  await insertRows(trx, ctx.dialect, 'audit_event', rows);
}
