import type { Selectable } from 'kysely';

/**
 * One entry of the tamper-evident audit trail.
 * Invariants: append-only (database triggers refuse UPDATE, DELETE and TRUNCATE); `seq` is 1, 2, 3… with no
 * gaps; `prev_hash` is the previous entry's `hash` (64 zeros for the first); `hash` is SHA-256 over the
 * canonical JSON of every other column; `details` is canonical JSON with secrets removed. No foreign keys:
 * the trail outlives what it describes.
 */
export interface AuditEventTable {
  seq: number;
  id: string;
  occurred_at: string;
  actor_type: string;
  actor_id: string;
  action: string;
  entity: string;
  entity_id: string;
  request_id: string;
  details: string;
  prev_hash: string;
  hash: string;
}

export type AuditEventRow = Selectable<AuditEventTable>;
