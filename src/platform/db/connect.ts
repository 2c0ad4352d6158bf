import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '@/platform/config';
import type { Database } from './database';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  /** Closes every connection; safe to call twice. */
  close(): Promise<void>;
}

/** How long a writer waits for SQLite's lock before failing (ms). */
const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** The page cache of each SQLite connection, in KiB. */
const SQLITE_CACHE_KIB = 16_000;

/**
 * Opens the configured database: embedded SQLite (WAL, synchronous=FULL, foreign keys, busy timeout,
 * 16 MB page cache)
 * or a PostgreSQL pool. Both go through the same Kysely API.
 */
export function connect(database: Config['database'], options: { pgSearchPath?: string } = {}): Db {
  const kysely =
    database.dialect === 'sqlite'
      ? new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(database.file) }) })
      : new Kysely<Database>({
          dialect: new PostgresDialect({ pool: openPostgresPool(database.url, options) }),
        });
  let closed = false;
  return {
    kysely,
    dialect: database.dialect,
    async close() {
      if (closed) {
        return;
      }
      closed = true;
      await kysely.destroy();
    },
  };
}

function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // 16 MB of page cache instead of SQLite's 2 MB: a large write (an IATI import) keeps the pages of the
  // indexes it grows in memory instead of spilling and re-reading them (10 % faster, bench/RESULTS.md).
  sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  return withStatementCache(sqlite);
}

/** Prepared statements kept per connection (by SQL text, least recently used dropped first). */
const STATEMENT_CACHE_SIZE = 200;

/**
 * Kysely asks better-sqlite3 to prepare every query it runs, and preparing (parsing and planning the SQL)
 * costs as much as running a small INSERT. Statements are kept by their text and reused; one still being
 * iterated (a streamed query) is not handed out twice.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDatabase.Database {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, SqliteDatabase.Statement>();
  const cached = (source: string): SqliteDatabase.Statement => {
    const statement = cache.get(source);
    if (statement !== undefined && !statement.busy) {
      cache.delete(source); // re-inserted below: the Map's order is the order of last use
      cache.set(source, statement);
      return statement;
    }
    const prepared = prepare(source);
    cache.set(source, prepared);
    if (cache.size > STATEMENT_CACHE_SIZE) {
      cache.delete(cache.keys().next().value ?? '');
    }
    return prepared;
  };
  sqlite.prepare = cached as SqliteDatabase.Database['prepare'];
  return sqlite;
}

const PG_INT8_OID = 20;
const defaultTypeParser = pg.types.getTypeParser.bind(pg.types) as (
  oid: number,
  format?: 'text' | 'binary',
) => (value: string) => unknown;

function openPostgresPool(url: string, options: { pgSearchPath?: string }): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: 10,
    // count(*) is int8; our counts fit in a JS number, so read them as numbers on both dialects.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === PG_INT8_OID ? Number : defaultTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
    ...(options.pgSearchPath === undefined ? {} : { options: `-c search_path=${options.pgSearchPath}` }),
  });
}
