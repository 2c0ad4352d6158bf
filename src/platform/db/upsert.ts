import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database';

/** Rows per INSERT: far below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const BATCH_SIZE = 500;

/**
 * Inserts rows, updating the non-key columns of rows whose key already exists (same SQL on both
 * dialects: `INSERT … ON CONFLICT (key) DO UPDATE`). Used by reference-data loads to stay idempotent.
 */
export async function upsertRows<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Database[T][],
  keyColumns: readonly (keyof Database[T] & string)[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  // Kysely cannot type a table chosen at run time; the signature above keeps callers typed.
  const untyped = trx as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const updatable = Object.keys(rows[0] as object).filter((column) => !keyColumns.includes(column as never));
  const tableName: string = table;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE) as unknown as Record<string, unknown>[];
    await untyped
      .insertInto(tableName)
      .values(batch)
      .onConflict((conflict) =>
        conflict
          .columns([...keyColumns])
          .doUpdateSet(
            Object.fromEntries(updatable.map((column) => [column, sql.ref(`excluded.${column}`)])),
          ),
      )
      .execute();
  }
}
