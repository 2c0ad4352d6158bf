/**
 * Issue 4 item 7: with 100,000 activities and 1,000,000 transactions, the funding summary by
 * country × goal × fiscal year and the first page of the activity list, p95 ≤ 50 ms each, on SQLite and
 * PostgreSQL. Run from the repository root: `node --import tsx bench/portfolio.bench.ts [options]`.
 *
 *   --dialects sqlite,postgres   which databases (default both)
 *   --activities 100000          portfolio size; transactions are --per-activity (10) times that
 *   --runs 50 --warmup 5         timed and untimed calls of each verb
 *   --keep                       keep the databases (prints where) instead of dropping them
 *   --reuse-sqlite FILE, --reuse-postgres URL   measure a kept database instead of building one
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { sql } from 'kysely';
import { listActivities } from '@/modules/activities';
import { summarizeFunding } from '@/modules/funding';
import { rebuildFundingCube } from '@/modules/funding-cube';
import type { Dialect } from '@/platform/db/connect';
import {
  benchContext,
  createSeededBenchDb,
  existingBenchDb,
  readReferenceCodes,
  type BenchDb,
} from './bench-db';
import { bulkLoad } from './bulk-load';
import { syntheticPortfolio } from './synthetic-portfolio';
import { measure, ms, type Timing } from './timing';

const { values: options } = parseArgs({
  options: {
    dialects: { type: 'string', default: 'sqlite,postgres' },
    activities: { type: 'string', default: '100000' },
    'per-activity': { type: 'string', default: '10' },
    runs: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    'reuse-sqlite': { type: 'string' },
    'reuse-postgres': { type: 'string' },
  },
});
const TARGET_MS = 50;
const size = {
  organisations: 100,
  activities: Number(options.activities),
  transactionsPerActivity: Number(options['per-activity']),
};
const runs = Number(options.runs);
/** The code measured: HEAD when the run starts, `+dirty` when src/ or migrations/ have uncommitted changes. */
const COMMIT = (() => {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'migrations') === '' ? '' : '+dirty'}`;
})();
const warmup = Number(options.warmup);

interface Result {
  dialect: Dialect;
  what: string;
  timing: Timing;
}

/** A fresh, seeded, bulk-loaded and analyzed database, or the kept one named on the command line. */
async function prepare(dialect: Dialect): Promise<{ bench: BenchDb; fresh: boolean }> {
  const reuse = dialect === 'sqlite' ? options['reuse-sqlite'] : options['reuse-postgres'];
  if (reuse !== undefined) {
    return { bench: existingBenchDb(dialect, reuse), fresh: false };
  }
  let started = performance.now();
  const bench = await createSeededBenchDb(dialect);
  console.log(`[${dialect}] migrated and seeded ${bench.location} in ${ms(performance.now() - started)} ms`);
  const db = bench.open();
  const codes = await readReferenceCodes(db);
  await db.close();
  started = performance.now();
  const counts = await bulkLoad(bench, syntheticPortfolio(size, codes));
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  console.log(
    `[${dialect}] loaded ${JSON.stringify(counts)} in ${seconds.toFixed(1)} s ` +
      `(${Math.round(rows / seconds)} rows/s, ANALYZE included)`,
  );
  // The bulk load bypasses the verbs that keep the funding cube up to date: rebuild it, as after an import.
  started = performance.now();
  const loaded = bench.open();
  const cells = await loaded.kysely.transaction().execute((trx) => rebuildFundingCube(trx));
  await loaded.close();
  console.log(`[${dialect}] funding cube rebuilt: ${cells} cells in ${ms(performance.now() - started)} ms`);
  return { bench, fresh: true };
}

async function benchmark(dialect: Dialect): Promise<Result[]> {
  const { bench, fresh } = await prepare(dialect);
  const db = bench.open();
  const ctx = benchContext(db);
  try {
    const summary = () => summarizeFunding({ ctx, input: { groupBy: 'country,goal,fiscalYear' } });
    const list = () => listActivities({ ctx, input: {} });
    const check = await summary();
    const page = await list();
    const counted = await sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM funding_transaction
      WHERE NOT (type IN ('1', '11', '13') AND provider_activity_id IS NOT NULL)`.execute(db.kysely);
    if (Number(counted.rows[0]?.n) !== check.transactions) {
      // A derived table (e.g. a rollup kept by the verbs) that the bulk load bypassed must be rebuilt.
      throw new Error(
        `the summary sees ${check.transactions} transactions, the database holds ${counted.rows[0]?.n}`,
      );
    }
    // The cube must answer exactly what the full computation from the transactions answers.
    const full = await summarizeFunding({
      ctx,
      input: { groupBy: 'country,goal,fiscalYear' },
      useCube: false,
    });
    if (!isDeepStrictEqual(full, check)) {
      const differing = check.rows.find((row, index) => !isDeepStrictEqual(row, full.rows[index]));
      throw new Error(
        `the funding cube and the full computation disagree, e.g. ${JSON.stringify(differing)}`,
      );
    }
    console.log(
      `[${dialect}] summary: ${check.rows.length} rows, ${check.transactions} transactions, USD ${check.totalUsd}; ` +
        `list: ${page.items.length} items of ${page.total}`,
    );
    const results: Result[] = [];
    for (const [what, call] of [
      ['summarizeFunding groupBy country,goal,fiscalYear', summary],
      ['listActivities first page (50, sort updated, total)', list],
    ] as const) {
      const timing = await measure(call, runs, warmup);
      results.push({ dialect, what, timing });
      console.log(
        `[${dialect}] ${what}: min ${ms(timing.min)} / median ${ms(timing.median)} / p95 ${ms(timing.p95)} / ` +
          `max ${ms(timing.max)} ms, peak RSS ${timing.peakRssMiB.toFixed(0)} MiB (N=${runs})`,
      );
    }
    return results;
  } finally {
    await db.close();
    if (fresh && !options.keep) {
      await bench.destroy();
    } else {
      console.log(`[${dialect}] kept: ${bench.location}`);
    }
  }
}

function markdownRows(results: readonly Result[]): string[] {
  const date = new Date().toISOString().slice(0, 10);
  const machine = `node ${process.version}, nproc ${os.availableParallelism()} (shared)`;
  const scale = `${size.activities.toLocaleString('en')} activities, ${(size.activities * size.transactionsPerActivity).toLocaleString('en')} transactions`;
  return results.map(({ dialect, what, timing }) => {
    const figure =
      `p95 ${ms(timing.p95)} ms (min ${ms(timing.min)}, median ${ms(timing.median)}, max ${ms(timing.max)}; ` +
      `N=${timing.runs}), peak RSS ${timing.peakRssMiB.toFixed(0)} MiB; ${machine}`;
    const verdict = timing.p95 <= TARGET_MS ? 'met' : 'NOT met';
    return `| ${date} | ${COMMIT} | ${what}, ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${scale} | \`node --import tsx bench/portfolio.bench.ts\` | ${figure} | p95 ≤ ${TARGET_MS} ms (issue 4 #7): ${verdict} |`;
  });
}

const results: Result[] = [];
for (const dialect of options.dialects.split(',') as Dialect[]) {
  results.push(...(await benchmark(dialect)));
}
console.log(
  `\nprocess peak RSS (whole run, load included): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
console.log('\nRows for bench/RESULTS.md:\n');
console.log(markdownRows(results).join('\n'));
