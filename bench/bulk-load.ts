import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { BenchDb } from './bench-db';
import { TABLES, type Batch } from './synthetic-portfolio';

/** Rows written per table. */
export type RowCounts = Partial<Record<keyof typeof TABLES, number>>;

const columnList = (table: keyof typeof TABLES) => TABLES[table].map(([name]) => name).join(', ');

/**
 * SQLite: one transaction, one prepared INSERT per table, foreign keys checked; synchronous=OFF for the
 * load only (the product's connection keeps FULL), then ANALYZE.
 */
function loadSqlite(file: string, batches: Iterable<Batch>): RowCounts {
  const sqlite = new SqliteDatabase(file);
  const counts: RowCounts = {};
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('cache_size = -262144');
    const statements = new Map<string, SqliteDatabase.Statement>();
    const insert = (table: keyof typeof TABLES) => {
      const known = statements.get(table);
      if (known !== undefined) {
        return known;
      }
      const marks = TABLES[table].map(() => '?').join(', ');
      const statement = sqlite.prepare(`INSERT INTO ${table} (${columnList(table)}) VALUES (${marks})`);
      statements.set(table, statement);
      return statement;
    };
    sqlite.transaction(() => {
      for (const batch of batches) {
        const statement = insert(batch.table);
        for (const row of batch.rows) {
          statement.run(row);
        }
        counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
      }
    })();
    sqlite.exec('ANALYZE');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
  return counts;
}

/** The columns of rows, as arrays for `unnest`. */
function transpose(rows: readonly unknown[][], width: number): unknown[][] {
  const columns = Array.from({ length: width }, () => new Array<unknown>(rows.length));
  rows.forEach((row, r) => {
    for (let c = 0; c < width; c += 1) {
      (columns[c] as unknown[])[r] = row[c];
    }
  });
  return columns;
}

/** Rows per PostgreSQL INSERT … SELECT FROM unnest(…): one parameter per column, however many rows. */
const PG_BATCH_ROWS = 10_000;

/**
 * PostgreSQL: multi-row `INSERT … SELECT * FROM unnest($1::text[], …)` in batches of 10,000 rows inside
 * one transaction (pg-copy-streams is not a dependency), foreign keys checked; then VACUUM ANALYZE so
 * the visibility map is as autovacuum would leave it.
 */
async function loadPostgres(url: string, batches: Iterable<Batch>): Promise<RowCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: RowCounts = {};
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL synchronous_commit = off');
    for (const batch of batches) {
      const shape = TABLES[batch.table];
      const casts = shape.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
      const text = `INSERT INTO ${batch.table} (${columnList(batch.table)}) SELECT * FROM unnest(${casts})`;
      for (let start = 0; start < batch.rows.length; start += PG_BATCH_ROWS) {
        const rows = batch.rows.slice(start, start + PG_BATCH_ROWS);
        await client.query(text, transpose(rows, shape.length));
      }
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
    }
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return counts;
}

/** Writes the batches into the benchmark database with the dialect's fastest plain SQL, then analyzes. */
export async function bulkLoad(bench: BenchDb, batches: Iterable<Batch>): Promise<RowCounts> {
  return bench.dialect === 'sqlite'
    ? loadSqlite(bench.location, batches)
    : loadPostgres(bench.location, batches);
}
