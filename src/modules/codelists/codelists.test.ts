import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { getCodelist } from './get-codelist';
import { listCodelists } from './list-codelists';

/** The codelists whose codes the product shows; each of their codes must have a written Spanish label. */
const SHOWN = [
  'ActivityStatus',
  'TransactionType',
  'OrganisationRole',
  'OrganisationType',
  'AidType',
  'FlowType',
  'FinanceType',
];

describe.each(TEST_DIALECTS)('codelists on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('ships every IATI 2.03 codelist', async () => {
    const codelists = await listCodelists({ ctx: testContext(db) });
    expect(codelists).toHaveLength(70);
    expect(codelists.find((codelist) => codelist.name === 'TransactionType')).toMatchObject({
      embedded: true,
      itemCount: 13,
    });
  });

  it.each(SHOWN)('has a Spanish label for every code of %s', async (name) => {
    const codelist = await getCodelist({ ctx: testContext(db), input: { name, query: { status: 'all' } } });
    const untranslated = codelist.items.filter((item) => !item.translated).map((item) => item.code);
    expect(untranslated).toEqual([]);
  });

  it('has Spanish labels for the citizen-security DAC sectors 151xx, 152xx and 160xx', async () => {
    for (const prefix of ['151', '152', '160']) {
      const sectors = await getCodelist({
        ctx: testContext(db),
        input: { name: 'Sector', query: { prefix, status: 'all' } },
      });
      expect(sectors.items.length).toBeGreaterThan(3);
      expect(sectors.items.filter((item) => !item.translated).map((item) => item.code)).toEqual([]);
    }
    const narcotics = await getCodelist({
      ctx: testContext(db),
      input: { name: 'sector', query: { prefix: '16063' } },
    });
    expect(narcotics.items[0]?.name.en).toBe('Narcotics control');
  });

  it('gives the 2.03 transaction types with 11 incoming commitment and 12 outgoing pledge', async () => {
    const types = await getCodelist({ ctx: testContext(db), input: { name: 'TransactionType', query: {} } });
    expect(types.items.find((item) => item.code === '11')?.name.en).toBe('Incoming Commitment');
    expect(types.items.find((item) => item.code === '12')?.name.en).toBe('Outgoing Pledge');
  });

  it('filters withdrawn codes out by default', async () => {
    const active = await getCodelist({ ctx: testContext(db), input: { name: 'Sector', query: {} } });
    const all = await getCodelist({
      ctx: testContext(db),
      input: { name: 'Sector', query: { status: 'all' } },
    });
    expect(active.items.every((item) => item.status === 'active')).toBe(true);
    expect(all.items.length).toBeGreaterThan(active.items.length);
  });

  it('answers an unknown codelist with codelist_not_found and a bad status with validation_failed', async () => {
    await expect(
      getCodelist({ ctx: testContext(db), input: { name: 'Nope', query: {} } }),
    ).rejects.toMatchObject({
      code: 'codelist_not_found',
    });
    await expect(
      getCodelist({ ctx: testContext(db), input: { name: 'Sector', query: { status: 'old' as 'all' } } }),
    ).rejects.toMatchObject({ code: 'validation_failed', details: { errors: [{ path: 'query.status' }] } });
  });
});
