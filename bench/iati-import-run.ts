/**
 * One measured IATI import in its own process, so its peak memory is the import's own: prints
 * `{ seconds, maxRssMb, report }` as JSON. Used by bench/iati-import.bench.ts; by hand:
 * `node --import tsx bench/iati-import-run.ts --dialect sqlite --location /tmp/x/carsi.db --file big.xml`.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { importIatiFile } from '@/modules/iati';
import type { Dialect } from '@/platform/db/connect';
import { benchContext, existingBenchDb } from './bench-db';

const { values } = parseArgs({
  options: { dialect: { type: 'string' }, location: { type: 'string' }, file: { type: 'string' } },
});
const file = values.file ?? '';
const db = existingBenchDb(values.dialect as Dialect, values.location ?? '').open();
const started = performance.now();
const { report } = await importIatiFile({
  ctx: { ...benchContext(db), now: () => new Date() }, // a real clock, as operators' imports have
  path: file,
  options: { fileName: path.basename(file), dryRun: false, validate: false },
});
const seconds = (performance.now() - started) / 1000;
await db.close();
process.stdout.write(
  `${JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, report })}\n`,
);
