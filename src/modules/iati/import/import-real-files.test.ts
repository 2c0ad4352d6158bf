import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeFunding } from '@/modules/funding';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../../test/db';
import { exactSums, groundTruth, IATI_FIXTURES } from '../../../../test/iati-fixtures';
import { importIatiFile } from './import-iati-file';

/** Stored transactions by currency, as `carsi funding summary --group-by currency --raw` reports them. */
async function rawSumsByCurrency(db: TestDb): Promise<Record<string, bigint>> {
  const summary = await summarizeFunding({
    ctx: testContext(db),
    input: { groupBy: 'currency', raw: 'true' },
  });
  return exactSums(Object.fromEntries(summary.rows.map((row) => [String(row.currency), String(row.amount)])));
}

function difference(after: Record<string, bigint>, before: Record<string, bigint>): Record<string, bigint> {
  return Object.fromEntries(
    Object.entries(after)
      .map(([currency, nanos]) => [currency, nanos - (before[currency] ?? 0n)] as const)
      .filter(([, nanos]) => nanos !== 0n),
  );
}

describe.each(TEST_DIALECTS)('importing the real IATI files on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  // Files of different publishers: none shares an activity with another, so each file's money is the
  // difference the import makes to the database's raw sums.
  it.each(groundTruth('real_stats').map((truth) => [truth.file, truth] as const))(
    '%s: stored + rejected activities = the file’s count; raw sums by currency = the ground truth',
    async (file, truth) => {
      const before = await rawSumsByCurrency(db);
      const { report, findings } = await importIatiFile({
        ctx: testContext(db),
        path: path.join(IATI_FIXTURES, file),
        options: { fileName: path.basename(file), dryRun: false, validate: false },
      });
      expect(report.status).toBe('imported');
      expect(report.activities.inFile).toBe(truth.activities);
      expect(report.activities.created + report.activities.rejected).toBe(truth.activities);
      expect(report.transactions.inFile).toBe(truth.transactions);
      expect(report.budgets.inFile).toBe(truth.budgets);
      // What the importer counted as published is what the independent counters counted…
      expect(exactSums(report.publishedByCurrency)).toEqual(exactSums(truth.tx_by_currency));
      // …what the database now holds is the ground truth, except transactions refused with an error finding…
      const stored = difference(await rawSumsByCurrency(db), before);
      expect(stored).toEqual(exactSums(report.storedByCurrency));
      const refused = findings.filter((finding) =>
        [
          'currency_missing',
          'exchange_rate_missing',
          'value_not_number',
          'date_missing',
          'transaction_type_unknown',
        ].includes(finding.code),
      );
      expect(refused.length).toBe(report.transactions.rejected);
      // The file's own totals reconcile with what was stored: any difference is one the findings explain.
      const { reconciliation } = report;
      expect(reconciliation.status).toBe(
        report.activities.rejected + report.transactions.rejected === 0 ? 'reconciled' : 'explained',
      );
      const publishedByCurrency: Record<string, bigint> = {};
      for (const line of reconciliation.lines) {
        publishedByCurrency[line.currency] =
          (publishedByCurrency[line.currency] ?? 0n) + (exactSums({ x: line.published.amount }).x ?? 0n);
      }
      expect(publishedByCurrency).toEqual(exactSums(truth.tx_by_currency));
      // …and every currency not fully stored is explained by those findings (here: values with no currency).
      for (const [currency, nanos] of Object.entries(exactSums(truth.tx_by_currency))) {
        if (stored[currency] !== nanos) {
          expect(currency).toBe('NONE');
          expect(refused.every((finding) => finding.code === 'currency_missing')).toBe(true);
        }
      }
    },
  );

  it('re-importing a file changes nothing: every activity unchanged, no new rows, no audit entries', async () => {
    const file = path.join(IATI_FIXTURES, 'real/us-state-2024/state-nicaragua.xml');
    const counts = async () =>
      Promise.all(
        (
          [
            'activity',
            'funding_transaction',
            'budget',
            'organisation',
            'audit_event',
            'iati_source_file',
          ] as const
        ).map(async (table) =>
          Number(
            (
              await db.kysely
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await counts();
    const { report } = await importIatiFile({
      ctx: testContext(db),
      path: file,
      options: { fileName: 'state-nicaragua.xml', dryRun: false, validate: false },
    });
    expect(report.activities).toEqual({ inFile: 40, created: 0, updated: 0, unchanged: 40, rejected: 0 });
    expect(await counts()).toEqual(before);
  });
});
