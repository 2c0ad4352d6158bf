import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { listHomicideRates } from './list-homicide-rates';
import { listPopulation } from './list-population';
import { listStatisticDatasets } from './list-statistic-datasets';

describe.each(TEST_DIALECTS)('context statistics on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('gives national homicide rates 1990–2023 from the UNODC/OWID series by default, with its caveats', async () => {
    const rates = await listHomicideRates({ ctx: testContext(db), input: {} });
    expect(rates.datasets.map((dataset) => dataset.id)).toEqual(['homicide-rate-owid-unodc']);
    expect(rates.datasets[0]?.caveats.length).toBeGreaterThan(0);
    expect(rates.items).toHaveLength(212);
    const years = rates.items.map((item) => item.year);
    expect([Math.min(...years), Math.max(...years)]).toEqual([1990, 2023]);
    const honduras2019 = rates.items.find((item) => item.countryCode === 'HN' && item.year === 2019);
    expect(honduras2019?.ratePer100k).toBeCloseTo(41.011166, 6);
  });

  it('filters by country and an inclusive year range', async () => {
    const rates = await listHomicideRates({
      ctx: testContext(db),
      input: { country: 'sv', from: '2015', to: '2017' },
    });
    expect(rates.items.map((item) => `${item.countryCode} ${item.year}`)).toEqual([
      'SV 2015',
      'SV 2016',
      'SV 2017',
    ]);
  });

  it('selects the World Bank series on request; Panama 2023 differs because OWID used a projection', async () => {
    const owid = await listHomicideRates({
      ctx: testContext(db),
      input: { country: 'PA', from: 2023, to: 2023 },
    });
    const wdi = await listHomicideRates({
      ctx: testContext(db),
      input: { country: 'PA', from: 2023, to: 2023, dataset: 'homicide-rate-wdi' },
    });
    expect(owid.items[0]?.ratePer100k).toBeCloseTo(12.469837, 6);
    expect(wdi.items[0]?.ratePer100k).toBeCloseTo(11.707293, 6);
  });

  it('gives department rates: Cortés 2019 from SEPOL, and Nicaraguan police units without ISO codes', async () => {
    const cortes = await listHomicideRates({ ctx: testContext(db), input: { subdivision: 'HN-CR' } });
    expect(cortes.items).toEqual([
      expect.objectContaining({
        countryCode: 'HN',
        subdivisionCode: 'HN-CR',
        unitName: 'Cortes',
        year: 2019,
      }),
    ]);
    expect(cortes.items[0]?.ratePer100k).toBeCloseTo(60.502387, 5);

    const nicaragua = await listHomicideRates({
      ctx: testContext(db),
      input: { country: 'NI', level: 'subdivision', from: 2015, to: 2015 },
    });
    expect(nicaragua.items).toHaveLength(19);
    expect(nicaragua.items.find((item) => item.unitName === 'Triángulo Minero')).toMatchObject({
      subdivisionCode: null,
      ratePer100k: 22,
    });
    expect(nicaragua.items.find((item) => item.unitName === 'RACCS')).toMatchObject({
      subdivisionCode: 'NI-AS',
      ratePer100k: 33,
    });
  });

  it('gives population by country and year', async () => {
    const population = await listPopulation({
      ctx: testContext(db),
      input: { country: 'HN', from: 2019, to: 2019 },
    });
    expect(population.items).toEqual([{ countryCode: 'HN', year: 2019, population: 9943633 }]);
  });

  it('lists five datasets, each with a publisher, a licence and bilingual caveats', async () => {
    const datasets = await listStatisticDatasets({ ctx: testContext(db) });
    expect(datasets).toHaveLength(5);
    for (const dataset of datasets) {
      expect(dataset.licence).not.toBe('');
      expect(dataset.caveats.every((caveat) => caveat.es !== '' && caveat.en !== '')).toBe(true);
    }
  });

  it.each([
    [{ country: 'US' }, 'query.country', 'unknown_country'],
    [{ country: 'Honduras' }, 'query.country', 'invalid_format'],
    [{ subdivision: 'GT-01', country: 'HN' }, 'query.subdivision', 'unknown_subdivision'],
    [{ from: 2020, to: 2010 }, 'query.from', 'custom'],
    [{ from: 1800 }, 'query.from', 'too_small'],
    [{ dataset: 'homicide-rate-hn-sepol-2019' }, 'query.dataset', 'unknown_dataset'],
    [{ colour: 'red' }, 'query', 'unrecognized_keys'],
  ])('rejects %j naming %s', async (input, path, code) => {
    await expect(listHomicideRates({ ctx: testContext(db), input: input as never })).rejects.toMatchObject({
      code: 'validation_failed',
      details: { errors: [expect.objectContaining({ path, code })] },
    });
  });
});
