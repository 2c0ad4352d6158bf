import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoPortfolio } from '@/modules/demo';
import { summarizeFunding } from '@/modules/funding';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { exportIatiActivities } from './export/export-iati-activities';
import { importIatiFile } from './import/import-iati-file';
import { validateIatiSchema } from './validate-iati-schema';

/** Raw money by currency, type and Treasury account, as `carsi funding summary --raw` reports it. */
async function moneyOf(db: TestDb) {
  const summary = await summarizeFunding({
    ctx: testContext(db),
    input: { groupBy: 'currency,transactionType,account', raw: 'true' },
  });
  return summary.rows
    .filter((row) => row.transactionType !== 'AL') // US allocations are not an IATI transaction type
    .map(
      (row) =>
        `${String(row.currency)} ${String(row.transactionType)} ${String(row.account)} ${String(row.amount)} ×${row.transactions}`,
    )
    .sort();
}

async function activitiesOf(db: TestDb) {
  const rows = await db.kysely
    .selectFrom('activity')
    .select(['iati_identifier', 'title_es', 'title_en', 'status', 'planned_start', 'primary_country'])
    .orderBy('iati_identifier')
    .execute();
  return rows;
}

describe.each(TEST_DIALECTS)('IATI export → import round trip on %s', (dialect) => {
  let source: TestDb;
  let target: TestDb;
  beforeAll(async () => {
    [source, target] = await Promise.all([createSeededTestDb(dialect), createSeededTestDb(dialect)]);
  });
  afterAll(async () => {
    await Promise.all([source.destroy(), target.destroy()]);
  });

  it('exports the demo portfolio as schema-valid 2.03 XML that imports into an empty instance as the same activities and money', async () => {
    await loadDemoPortfolio({ ctx: testContext(source) });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-roundtrip-')), 'export.xml');
    const out = fs.createWriteStream(file);
    const exported = await exportIatiActivities({
      db: source.kysely,
      filter: { workflowStates: ['draft', 'submitted', 'approved', 'published'] },
      out,
      now: new Date('2026-12-01T00:00:00Z'),
    });
    out.end();
    await finished(out);
    expect(exported.skippedWithoutDates).toEqual([]);
    expect((await validateIatiSchema({ fileName: 'export.xml', path: file })).errors).toEqual([]);

    const { report } = await importIatiFile({
      ctx: testContext(target),
      path: file,
      options: { fileName: 'export.xml', dryRun: false, validate: true },
    });
    expect(report.status).toBe('imported');
    expect(report.activities).toMatchObject({
      inFile: exported.activities,
      created: exported.activities,
      rejected: 0,
    });
    expect(report.findings.error).toBe(0);
    expect(await moneyOf(target)).toEqual(await moneyOf(source));
    expect(await activitiesOf(target)).toEqual(await activitiesOf(source));
  }, 120_000);
});
