import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '@/platform/paths';
import { createTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { seedReferenceData } from './seed-reference-data';

async function countRows(db: TestDb) {
  const count = async (
    table: 'country' | 'subdivision' | 'framework_element' | 'codelist_item' | 'statistic_value',
  ) =>
    Number(
      (
        await db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    country: await count('country'),
    subdivision: await count('subdivision'),
    framework_element: await count('framework_element'),
    codelist_item: await count('codelist_item'),
    statistic_value: await count('statistic_value'),
  };
}

function copyReferenceTo(dir: string): string {
  const target = path.join(dir, 'reference');
  fs.cpSync(REFERENCE_DIR, target, { recursive: true });
  return target;
}

describe.each(TEST_DIALECTS)('seedReferenceData on %s', (dialect) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.destroy();
  });

  it('loads the seven countries, their 98 ISO subdivisions, the frameworks, codelists, statistics and accounts', async () => {
    db = await createTestDb(dialect);
    const result = await seedReferenceData({ ctx: testContext(db), input: { referenceDir: REFERENCE_DIR } });

    expect(result.datasets.map((dataset) => dataset.status)).toEqual([
      'loaded',
      'loaded',
      'loaded',
      'loaded',
      'loaded',
    ]);
    const accounts = await db.kysely.selectFrom('appropriation_account').select('acronym').execute();
    expect(accounts.map((account) => account.acronym)).toEqual(
      expect.arrayContaining(['INCLE', 'ESF', 'NADR', 'FMF']),
    );
    const counts = await countRows(db);
    expect(counts.country).toBe(7);
    // ISO 3166-2 today: 98 first-level units; Natural Earth draws 96 (no PA-10 Panamá Oeste, PA-NT Naso Tjër Di).
    expect(counts.subdivision).toBe(98);
    const withoutBoundary = await db.kysely
      .selectFrom('subdivision')
      .select('code')
      .where('boundary', 'is', null)
      .orderBy('code')
      .execute();
    expect(withoutBoundary.map((row) => row.code)).toEqual(['PA-10', 'PA-NT']);
    expect(counts.framework_element).toBe(5 + 3 + 4);
    expect(counts.codelist_item).toBeGreaterThan(5000);
    // 212 + 212 national homicide rates + 455 population + 18 HN + 266 NI rows, minus empty source cells.
    expect(counts.statistic_value).toBeGreaterThan(1100);
  });

  it('is idempotent: a second run changes nothing and a forced run keeps the same rows', async () => {
    db = await createTestDb(dialect);
    await seedReferenceData({ ctx: testContext(db), input: { referenceDir: REFERENCE_DIR } });
    const before = await countRows(db);

    const second = await seedReferenceData({ ctx: testContext(db), input: { referenceDir: REFERENCE_DIR } });
    expect(second.datasets.every((dataset) => dataset.status === 'unchanged')).toBe(true);
    const forced = await seedReferenceData({
      ctx: testContext(db),
      input: { referenceDir: REFERENCE_DIR, force: true },
    });
    expect(forced.datasets.every((dataset) => dataset.status === 'loaded')).toBe(true);
    expect(await countRows(db)).toEqual(before);
  });

  it('refuses a broken statistics file naming file and line, and keeps the previous data intact', async () => {
    db = await createTestDb(dialect);
    await seedReferenceData({ ctx: testContext(db), input: { referenceDir: REFERENCE_DIR } });
    const before = await countRows(db);
    const referenceDir = copyReferenceTo(fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-ref-')));
    const csv = path.join(referenceDir, 'statistics/hn_departamento_2019_openhn.csv');
    const lines = fs.readFileSync(csv, 'utf8').split('\n');
    lines[3] = 'Colon,340323,164,not-a-number';
    fs.writeFileSync(csv, lines.join('\n'));

    await expect(seedReferenceData({ ctx: testContext(db), input: { referenceDir } })).rejects.toThrow(
      /hn_departamento_2019_openhn\.csv, line 4, tasa_homicidios: "not-a-number" is not a number/,
    );
    expect(await countRows(db)).toEqual(before);
  });
});
