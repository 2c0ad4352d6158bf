import crypto from 'node:crypto';
import { canonicalJson } from '@/platform/crypto/canonical-json';
import type { AuditEventRow } from './audit.table';

/** The `prev_hash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the canonical JSON of every column but `hash`, so any change to an entry changes it. */
export function hashAuditEvent(event: Omit<AuditEventRow, 'hash'>): string {
  const {
    seq,
    id,
    occurred_at,
    actor_type,
    actor_id,
    action,
    entity,
    entity_id,
    request_id,
    details,
    prev_hash,
  } = event;
  const canonical = canonicalJson({
    seq,
    id,
    occurred_at,
    actor_type,
    actor_id,
    action,
    entity,
    entity_id,
    request_id,
    details,
    prev_hash,
  });
  return crypto.createHash('sha256').update(canonical).digest('hex');
}
