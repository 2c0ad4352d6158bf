/**
 * Where the time of the country × goal × fiscal-year summary goes: each SQL query (as Kysely's log reports
 * it) against the rest (JavaScript: share grouping, exact split, cells, output). Run against a database
 * kept by `bench/portfolio.bench.ts --keep`:
 *   node --import tsx bench/profile-summary.ts --sqlite FILE | --postgres URL [--runs 5]
 * Add `--cpu-prof --cpu-prof-dir=/tmp/prof` to node for a V8 profile of the same calls.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { summarizeFunding } from '@/modules/funding';
import type { Database } from '@/platform/db/database';
import { benchContext } from './bench-db';
import { ms } from './timing';

const { values: options } = parseArgs({
  options: {
    sqlite: { type: 'string' },
    postgres: { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
});

const queries: { sql: string; millis: number }[] = [];
const log = (event: LogEvent) => {
  if (event.level === 'query') {
    queries.push({ sql: event.query.sql, millis: event.queryDurationMillis });
  }
};

/** A Kysely like connect() makes (same drivers, int8 read as numbers), with every query's duration logged. */
function openLogged(): { kysely: Kysely<Database>; dialect: 'sqlite' | 'postgres' } {
  if (options.sqlite !== undefined) {
    const database = new SqliteDatabase(options.sqlite, { readonly: true });
    return {
      kysely: new Kysely<Database>({ dialect: new SqliteDialect({ database }), log }),
      dialect: 'sqlite',
    };
  }
  const pool = new pg.Pool({
    connectionString: options.postgres,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === 20
          ? Number
          : (pg.types.getTypeParser as (o: number, f?: string) => unknown)(
              oid,
              format,
            )) as typeof pg.types.getTypeParser,
    },
  });
  return {
    kysely: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log }),
    dialect: 'postgres',
  };
}

const { kysely, dialect } = openLogged();
const ctx = benchContext({ kysely, dialect, close: () => kysely.destroy() });
await summarizeFunding({ ctx, input: { groupBy: 'country,goal,fiscalYear' } }); // warm-up
const perQuery = new Map<string, number[]>();
const totals: number[] = [];
for (let run = 0; run < Number(options.runs); run += 1) {
  queries.length = 0;
  const started = performance.now();
  await summarizeFunding({ ctx, input: { groupBy: 'country,goal,fiscalYear' } });
  totals.push(performance.now() - started);
  for (const query of queries) {
    const flat = query.sql.replace(/\s+/g, ' ');
    const where = flat.indexOf(' where ');
    const key = where < 0 ? flat.slice(0, 160) : `${flat.slice(0, 60)} … ${flat.slice(where, where + 110)}`;
    perQuery.set(key, [...(perQuery.get(key) ?? []), query.millis]);
  }
}
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const wall = mean(totals);
let sqlTotal = 0;
console.log(
  `${dialect}: summarizeFunding country,goal,fiscalYear, mean of ${totals.length} runs: ${ms(wall)} ms`,
);
for (const [sql, millis] of perQuery) {
  sqlTotal += mean(millis);
  console.log(`  SQL ${ms(mean(millis)).padStart(6)} ms  ${sql}`);
}
console.log(`  SQL total ${ms(sqlTotal)} ms`);
console.log(`  rest (JS: grouping shares, exact split, cells, output) ≈ ${ms(wall - sqlTotal)} ms`);
await kysely.destroy();
