import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '@/platform/context';
import { REFERENCE_DIR } from '@/platform/paths';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../../test/db';
import { groundTruth } from '../../../../test/iati-fixtures';
import { listSourceFiles } from './list-source-files';
import { listSources } from './list-sources';
import { loadPublicData } from './load-public-data';
import { readShippedSources, shippedFileUrl } from './shipped-sources';

// The shipped files are the fixtures' US files (reference/iati/public = test/fixtures/iati/real).
const SHIPPED_FILES = groundTruth('real_stats').filter((truth) =>
  /^real\/(us-state-2024|usaid-2025)\//.test(truth.file),
);

describe.each(TEST_DIALECTS)('loading the shipped public data on %s', (dialect) => {
  let db: TestDb;
  let ctx: ServiceContext;
  const count = async (table: 'activity' | 'funding_transaction' | 'import_job' | 'audit_event') =>
    Number(
      (
        await db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
    ctx = testContext(db, { now: () => new Date() });
  });
  afterAll(async () => {
    await db.destroy();
  });

  // One load per database: it imports about 2,250 activities.
  it('imports the 8 US files as real records with their publisher, URL and licence; a second load changes nothing', async () => {
    const result = await loadPublicData({ ctx });
    expect(result.registered).toEqual(['us-state-central-america', 'usaid-central-america']);
    expect(result.results.map((run) => [run.name, run.outcome, run.urls.length])).toEqual([
      ['us-state-central-america', 'imported', 5],
      ['usaid-central-america', 'imported', 3],
    ]);
    expect(result.results.flatMap((run) => run.urls).every((url) => url.outcome === 'imported')).toBe(true);

    // Each shipped file reconciles, and holds the activities and transactions counted independently
    // (test/fixtures/iati/ground-truth/real_stats.jsonl; the shipped files are byte-identical to those fixtures).
    expect(SHIPPED_FILES).toHaveLength(8);
    const shipped = await readShippedSources(REFERENCE_DIR);
    const { items: files } = await listSourceFiles({ ctx });
    expect(files).toHaveLength(8);
    for (const source of shipped) {
      for (const file of source.files) {
        const truth = SHIPPED_FILES.find(
          (line) => line.file === `real/${path.basename(source.folder)}/${file}`,
        );
        expect(truth, file).toBeDefined();
        expect(files.find((item) => item.fileName === file)).toMatchObject({
          publisher: source.publisher,
          licence: source.licence,
          sourceUrl: shippedFileUrl(source, file),
          iatiVersion: '2.03',
          reconciliation: {
            status: 'reconciled',
            activities: { published: truth?.activities, stored: truth?.activities, rejected: 0 },
            transactions: { published: truth?.transactions, stored: truth?.transactions, rejected: 0 },
          },
          lastJobId: expect.any(String),
        });
      }
    }
    // No two files share an activity, so the platform holds exactly the files' activities and transactions.
    expect(await count('activity')).toBe(SHIPPED_FILES.reduce((sum, truth) => sum + truth.activities, 0));
    expect(await count('funding_transaction')).toBe(
      SHIPPED_FILES.reduce((sum, truth) => sum + truth.transactions, 0),
    );
    const demo = await db.kysely.selectFrom('activity').select('id').where('is_demo', '=', 1).execute();
    expect(demo).toEqual([]);

    const { items: sources } = await listSources({ ctx });
    expect(sources.map((source) => [source.name, source.kind, source.status, source.fileCount])).toEqual([
      ['us-state-central-america', 'shipped', 'ok', 5],
      ['usaid-central-america', 'shipped', 'ok', 3],
    ]);
    expect(sources.every((source) => source.reconciliationStatus !== null)).toBe(true);
    expect(sources[1]?.limitations.es).toContain('72x1037');

    const before = await Promise.all([
      count('activity'),
      count('funding_transaction'),
      count('import_job'),
      count('audit_event'),
    ]);
    const again = await loadPublicData({ ctx });
    expect(again.registered).toEqual([]);
    expect(again.results.flatMap((run) => run.urls.map((url) => url.outcome))).toEqual(
      Array(8).fill('unchanged'),
    );
    expect(
      await Promise.all([
        count('activity'),
        count('funding_transaction'),
        count('import_job'),
        count('audit_event'),
      ]),
    ).toEqual(before);
  }, 120_000);

  it('is for administrators, and loads only the shipped sources it is asked for', async () => {
    const officer = testContext(db, {
      actor: {
        type: 'user',
        userId: 'u',
        email: 'officer@example.org',
        organisationId: 'o',
        organisationCountry: null,
        grants: [{ role: 'donor_officer', organisationId: null, countryCode: null }],
        via: 'token',
        credentialId: 't',
        authenticatedAt: new Date().toISOString(),
      },
    });
    await expect(loadPublicData({ ctx: officer })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(loadPublicData({ ctx, input: { sources: ['usaid-honduras'] } })).rejects.toMatchObject({
      code: 'validation_failed',
      details: { errors: [expect.objectContaining({ path: 'body.sources' })] },
    });
    const one = await loadPublicData({ ctx, input: { sources: ['usaid-central-america'] } });
    expect(one.results.map((run) => [run.name, run.outcome])).toEqual([
      ['usaid-central-america', 'unchanged'],
    ]);
  });
});
