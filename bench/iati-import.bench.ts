/**
 * Issue 5 item 7: a 54 MB real-derived IATI 2.03 file imported end to end — into embedded SQLite at
 * ≥ 15 MB/s with peak memory ≤ 250 MB, into PostgreSQL at ≥ 8 MB/s — next to `xmllint --stream` on the same
 * file. Run from the repository root: `npm run bench:iati` (or `node --import tsx bench/iati-import.bench.ts`).
 *
 *   --dialects sqlite,postgres   which databases (default both)
 *   --megabytes 51.5             size of the built file in MiB (51.5 MiB = 54 MB)
 *   --runs 3                     imports per database, each into a fresh database; the best and all are printed
 *
 * The file is built by bench/make_big.py (a copy of the shared tool: real activities of the UK's DFID 2.03
 * files in test/fixtures/iati, repeated with `-SYNTH<k>` identifiers). Each import is `carsi import iati FILE
 * --json` into a fresh database, as operators run it: the speed is the report's own duration of the import, the
 * peak memory that of the whole `carsi` process (GNU time, /usr/bin/time).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Dialect } from '@/platform/db/connect';
import { createSeededBenchDb } from './bench-db';

const { values: options } = parseArgs({
  options: {
    dialects: { type: 'string', default: 'sqlite,postgres' },
    megabytes: { type: 'string', default: '51.5' },
    runs: { type: 'string', default: '3' },
  },
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-iati-bench-'));
const file = path.join(dir, 'big.xml');
const sources = ['dfid-ba.xml', 'dfid-bi.xml'].map((name) =>
  path.resolve('test/fixtures/iati/real/pwyf-merger-dfid-2.03', name),
);
const built = execFileSync('python3', ['bench/make_big.py', file, options.megabytes, ...sources], {
  encoding: 'utf8',
});
const sizeBytes = fs.statSync(file).size;
const megabytes = sizeBytes / 1e6;
process.stdout.write(`file: ${megabytes.toFixed(1)} MB, ${built.trim()}\n`);

function timed(command: string, args: string[]): number {
  const started = performance.now();
  execFileSync(command, args, { stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}
const schema = path.resolve('reference/iati/schemas/iati-activities-schema.xsd');
const xmllint = (() => {
  try {
    const best = (args: string[]) => Math.min(...[1, 2, 3].map(() => timed('xmllint', [...args, file])));
    return {
      seconds: best(['--stream', '--noout']),
      withSchema: best(['--stream', '--noout', '--schema', schema]),
    };
  } catch {
    return undefined;
  }
})();
process.stdout.write(
  xmllint === undefined
    ? 'xmllint: not installed (apt-get install libxml2-utils)\n'
    : `xmllint --stream --noout: ${xmllint.seconds.toFixed(2)} s (${(megabytes / xmllint.seconds).toFixed(1)} MB/s); ` +
        `with --schema (2.03 XSD): ${xmllint.withSchema.toFixed(2)} s\n`,
);

interface Run {
  /** The import's own time (the report's durationMs): reading, mapping, writing, committing. */
  seconds: number;
  /** The whole `carsi` process: start, database check, import, report. */
  processSeconds: number;
  maxRssMb: number;
  report: { activities: { created: number; inFile: number }; transactions: { stored: number } };
}

/** `carsi import iati FILE --json` as an operator runs it, its peak RSS measured by GNU time. */
function importWithCli(dialect: Dialect, location: string): Run {
  const env = {
    ...process.env,
    ...(dialect === 'sqlite' ? { CARSI_DATA_DIR: path.dirname(location) } : { DATABASE_URL: location }),
  };
  const measured = path.join(dir, 'time.txt');
  const started = performance.now();
  const output = execFileSync(
    '/usr/bin/time',
    ['-f', '%M', '-o', measured, 'node', 'bin/carsi.mjs', 'import', 'iati', file, '--json'],
    { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 },
  );
  const processSeconds = (performance.now() - started) / 1000;
  const report = JSON.parse(output.split('\n')[0] ?? '') as Run['report'] & { durationMs: number };
  return {
    seconds: report.durationMs / 1000,
    processSeconds,
    maxRssMb: Number(fs.readFileSync(measured, 'utf8').trim().split('\n').at(-1)) / 1024,
    report,
  };
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
execFileSync('node', ['bin/carsi.mjs', '--help'], { stdio: 'ignore' }); // builds the bundle (ADR 0004) first
for (const dialect of options.dialects.split(',') as Dialect[]) {
  const runs: Run[] = [];
  for (let index = 0; index < Number(options.runs); index += 1) {
    const db = await createSeededBenchDb(dialect);
    try {
      const run = importWithCli(dialect, db.location);
      if (run.report.activities.created !== run.report.activities.inFile) {
        throw new Error(`not every activity was created: ${JSON.stringify(run.report.activities)}`);
      }
      runs.push(run);
      process.stdout.write(
        `${dialect} run ${index + 1}: ${run.seconds.toFixed(2)} s = ${(megabytes / run.seconds).toFixed(1)} MB/s ` +
          `(process ${run.processSeconds.toFixed(2)} s), peak RSS ${run.maxRssMb.toFixed(0)} MiB, ` +
          `${run.report.activities.created} activities, ${run.report.transactions.stored} transactions\n`,
      );
    } finally {
      await db.destroy();
    }
  }
  const best = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  const ratio =
    xmllint === undefined ? 'n/a' : `${(best.seconds / xmllint.seconds).toFixed(1)}× xmllint --stream`;
  process.stdout.write(
    `| ${new Date().toISOString().slice(0, 10)} | ${commit} | IATI import of ${megabytes.toFixed(1)} MB (${best.report.activities.inFile} activities) — ${dialect} | \`npm run bench:iati\` | ` +
      `best of ${runs.length}: ${best.seconds.toFixed(2)} s = ${(megabytes / best.seconds).toFixed(1)} MB/s (process ${best.processSeconds.toFixed(2)} s), peak RSS ${Math.max(...runs.map((run) => run.maxRssMb)).toFixed(0)} MiB; ` +
      `all: ${runs.map((run) => run.seconds.toFixed(2)).join(', ')} s; ${ratio}; load ${os.loadavg()[0]?.toFixed(1)} |\n`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });
