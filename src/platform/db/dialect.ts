import { CompiledQuery, sql, type Insertable, type Transaction } from 'kysely';
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

/** Rows per JSON statement of insertRows on PostgreSQL: bounds the JSON text held at once. */
const ROWS_PER_JSON_STATEMENT = 5_000;
/** Parameters per multi-row INSERT on SQLite (its limit is 32,766). */
const PARAMETERS_PER_INSERT = 16_000;

/**
 * Rows per SQLite INSERT: a full statement, then the rest in halving sizes, so a table's INSERTs have a
 * handful of distinct texts whose prepared statements connect.ts keeps and reuses.
 */
function sqliteChunkSizes(rows: number, columns: number): number[] {
  const full = Math.max(1, Math.min(256, 2 ** Math.floor(Math.log2(PARAMETERS_PER_INSERT / columns))));
  const sizes: number[] = [];
  let left = rows;
  for (let size = full; left > 0; size = Math.max(1, size / 2)) {
    while (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The INSERT texts made so far, by head (table and columns) and number of rows. */
const insertTexts = new Map<string, Map<number, string>>();

/**
 * The text of a `size`-row INSERT after `head`, made once: the same string each time lets the prepared
 * statement cache (connect.ts) find it without hashing a text of many kilobytes again.
 */
function sqliteInsertTexts(head: string, columns: number): (size: number) => string {
  let bySize = insertTexts.get(head);
  if (bySize === undefined) {
    bySize = new Map();
    insertTexts.set(head, bySize);
  }
  const sizes = bySize;
  return (size) => {
    let text = sizes.get(size);
    if (text === undefined) {
      const tuple = `(${Array<string>(columns).fill('?').join(', ')})`;
      text = head + Array<string>(size).fill(tuple).join(', ');
      sizes.set(size, text);
    }
    return text;
  };
}

/**
 * Inserts many rows in few statements, the fastest way each database offers (measured with
 * `npm run bench:iati`): SQLite, multi-row INSERTs of a few fixed sizes, written here rather than compiled
 * per call (the statements are prepared once); PostgreSQL, the rows as one JSON parameter expanded by
 * `json_populate_recordset`, which spares the protocol a parameter per value.
 * Every row must have the keys of the first; bigint values must be given as strings.
 */
export async function insertRows<T extends keyof Database>(
  trx: Transaction<Database>,
  dialect: Dialect,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) {
    return;
  }
  const columns = Object.keys(first);
  if (dialect === 'sqlite') {
    const head = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES `;
    const texts = sqliteInsertTexts(head, columns.length);
    let start = 0;
    for (const size of sqliteChunkSizes(rows.length, columns.length)) {
      const parameters: unknown[] = [];
      for (const row of rows.slice(start, start + size) as Record<string, unknown>[]) {
        for (const column of columns) {
          parameters.push(row[column]);
        }
      }
      await trx.executeQuery(CompiledQuery.raw(texts(size), parameters));
      start += size;
    }
    return;
  }
  const names = sql.join(columns.map((column) => sql.ref(column)));
  for (let start = 0; start < rows.length; start += ROWS_PER_JSON_STATEMENT) {
    const json = JSON.stringify(rows.slice(start, start + ROWS_PER_JSON_STATEMENT));
    await sql`INSERT INTO ${sql.table(table)} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${sql.table(table)}, ${json}::json)`.execute(
      trx,
    );
  }
}
