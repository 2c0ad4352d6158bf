/**
 * Scratch probe for the proposal in bench/RESULTS.md: a funding rollup already split by country and CARSI
 * goal, at the grain (country, goal, fiscal year, type, currency, account, organisation), kept up to date
 * in each write transaction. Builds it in a database kept by `bench/portfolio.bench.ts --keep` (table
 * `bench_rollup`, approximate split — sizes and timings only), then times the summary read off it and the
 * upserts a write would add. Run: node --import tsx bench/rollup-probe.ts --sqlite FILE | --postgres URL
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { connect } from '@/platform/db/connect';
import { measure, ms } from './timing';

const { values: options } = parseArgs({
  options: {
    sqlite: { type: 'string' },
    postgres: { type: 'string' },
    runs: { type: 'string', default: '50' },
  },
});
const db =
  options.sqlite !== undefined
    ? connect({ dialect: 'sqlite', file: options.sqlite })
    : connect({ dialect: 'postgres', url: options.postgres ?? '' });
const k = db.kysely;
const COLUMNS = ['country', 'goal', 'fiscal_year', 'type', 'currency', 'account_code', 'organisation_id'];
const GRAIN = COLUMNS.join(', ');
/** How each grain column is computed; a column left out of a grain is '' (same table shape and upsert). */
const EXPRESSIONS: Record<string, string> = {
  country: "COALESCE(c.code, '')",
  goal: "COALESCE(g.code, '')",
  fiscal_year: 't.fiscal_year',
  type: 't.type',
  currency: 't.currency',
  account_code: "COALESCE(t.account_code, '')",
  organisation_id: 'COALESCE(t.provider_org_id, a.reporting_org_id)',
};

/** Builds bench_rollup at `grain` and reports its build time, rows, size and the summary read. */
async function probe(grain: readonly string[]): Promise<void> {
  await sql`DROP TABLE IF EXISTS bench_rollup`.execute(k);
  // '' rather than NULL in the grain, so one unique index serves ON CONFLICT on both dialects.
  await sql`CREATE TABLE bench_rollup (
    country text NOT NULL, goal text NOT NULL, fiscal_year integer NOT NULL, type text NOT NULL,
    currency text NOT NULL, account_code text NOT NULL, organisation_id text NOT NULL,
    amount_nanos bigint NOT NULL, usd_cents bigint NOT NULL, transactions bigint NOT NULL)`.execute(k);
  const started = performance.now();
  const select = COLUMNS.map((column) =>
    grain.includes(column) ? (EXPRESSIONS[column] ?? '') : column === 'fiscal_year' ? '0' : "''",
  ).join(', ');
  await sql
    .raw(
      `INSERT INTO bench_rollup
    SELECT ${select},
      SUM((t.amount_units * 1000000000 + t.amount_nanos) / 10000 * COALESCE(c.w, 10000) / 10000 * COALESCE(g.w, 10000)),
      SUM(t.usd_cents * COALESCE(c.w, 10000) * COALESCE(g.w, 10000) / 100000000),
      COUNT(*)
    FROM funding_transaction t
    JOIN activity a ON a.id = t.activity_id
    LEFT JOIN (SELECT activity_id, CASE WHEN kind = 'region' THEN NULL ELSE code END AS code, percentage_e2 AS w
               FROM activity_share WHERE kind IN ('country', 'region')) c ON c.activity_id = t.activity_id
    LEFT JOIN (SELECT activity_id, code, percentage_e2 AS w
               FROM activity_share WHERE kind = 'framework' AND vocabulary = 'carsi') g ON g.activity_id = t.activity_id
    WHERE NOT (t.type IN ('1', '11', '13') AND t.provider_activity_id IS NOT NULL)
    GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    )
    .execute(k);
  await sql.raw(`CREATE UNIQUE INDEX bench_rollup_grain ON bench_rollup (${GRAIN})`).execute(k);
  await sql`ANALYZE bench_rollup`.execute(k);
  const buildMs = performance.now() - started;
  const count = await sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM bench_rollup`.execute(k);
  const size =
    db.dialect === 'postgres'
      ? await sql<{ n: number | string }>`SELECT pg_total_relation_size('bench_rollup') AS n`.execute(k)
      : await sql<{ n: number | string }>`SELECT SUM(pgsize) AS n FROM dbstat WHERE name LIKE 'bench_rollup%'`
          .execute(k)
          .catch(() => ({ rows: [{ n: Number.NaN }] }));
  /** The summary read: country × goal × fiscal year, as exact integer sums. */
  const read = () =>
    sql`SELECT country, goal, fiscal_year, CAST(SUM(usd_cents) AS TEXT) AS cents,
               CAST(SUM(transactions) AS TEXT) AS n
        FROM bench_rollup GROUP BY country, goal, fiscal_year`.execute(k);
  const rows = (await read()).rows.length;
  const timing = await measure(read, Number(options.runs), 5);
  console.log(
    `${db.dialect} grain (${grain.join(', ')}): built in ${ms(buildMs)} ms, ${count.rows[0]?.n} rows, ` +
      `${(Number(size.rows[0]?.n) / 2 ** 20).toFixed(1)} MiB with its index; read country×goal×FY (${rows} rows): ` +
      `min ${ms(timing.min)} / median ${ms(timing.median)} / p95 ${ms(timing.p95)} / max ${ms(timing.max)} ms (N=${timing.runs})`,
  );
}

for (const size of [7, 6, 5, 4]) {
  await probe(COLUMNS.slice(0, size));
}

/** One upsert of a part of a transaction into its cell (what a write adds per country × goal part). */
const upsert = (executor: typeof k, fiscalYear: number, cents: number) =>
  sql`INSERT INTO bench_rollup VALUES ('GT', '3', ${fiscalYear}, '3', 'USD', '', 'bench-org', ${cents * 10_000_000}, ${cents}, 1)
      ON CONFLICT (country, goal, fiscal_year, type, currency, account_code, organisation_id)
      DO UPDATE SET amount_nanos = bench_rollup.amount_nanos + excluded.amount_nanos,
                    usd_cents = bench_rollup.usd_cents + excluded.usd_cents,
                    transactions = bench_rollup.transactions + excluded.transactions`.execute(executor);
for (const [label, upserts] of [
  ['transaction create/delete (1 country × 2 goals = 2 upserts)', 2],
  ['transaction update (old parts out, new in = 4 upserts)', 4],
  ['share change of an activity with 10 transactions (10 × 2 × 2 = 40 upserts)', 40],
] as const) {
  const writes = 300;
  const started = performance.now();
  await k.transaction().execute(async (trx) => {
    for (let write = 0; write < writes; write += 1) {
      for (let part = 0; part < upserts; part += 1) {
        await upsert(trx, 2008 + (part % 19), 100 + write);
      }
    }
  });
  console.log(`  ${label}: ${ms((performance.now() - started) / writes)} ms per write (no commit)`);
}
await sql`DROP TABLE bench_rollup`.execute(k);
await db.close();
