import { sql, type Transaction } from 'kysely';
import type { Dialect } from './connect';
import type { Database } from './database';

/**
 * Serialises writers of an append-only sequence (the audit chain) until the transaction ends.
 * PostgreSQL: a transaction-scoped advisory lock. SQLite: nothing to do — one connection writes at a time.
 * This file is the only place in src/ that branches on the dialect.
 */
export async function lockSequence(
  trx: Transaction<Database>,
  dialect: Dialect,
  name: string,
): Promise<void> {
  if (dialect === 'postgres') {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
  }
}
