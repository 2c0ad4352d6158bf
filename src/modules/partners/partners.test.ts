import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/platform/errors';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { getBoundaries } from './get-boundaries';
import { getCountry } from './get-country';
import { listCountries } from './list-countries';
import { listSubdivisions } from './list-subdivisions';

describe.each(TEST_DIALECTS)('partners on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('lists the seven CARSI countries with Spanish names, currencies and subdivision counts', async () => {
    const countries = await listCountries({ ctx: testContext(db) });
    expect(countries.map((country) => country.code).sort()).toEqual([
      'BZ',
      'CR',
      'GT',
      'HN',
      'NI',
      'PA',
      'SV',
    ]);
    const belize = countries.find((country) => country.code === 'BZ');
    expect(belize).toMatchObject({ name: { es: 'Belice', en: 'Belize' }, currency: 'BZD', iso3: 'BLZ' });
    expect(countries.find((country) => country.code === 'GT')?.subdivisionCount).toBe(22);
  });

  it('lists the 18 departments of Honduras with current ISO 3166-2 codes', async () => {
    const departments = await listSubdivisions({ ctx: testContext(db), input: { countryCode: 'hn' } });
    expect(departments).toHaveLength(18);
    expect(departments.every((department) => /^HN-[A-Z]{2}$/.test(department.code))).toBe(true);
    expect(departments.find((department) => department.code === 'HN-IB')?.name).toEqual({
      es: 'Islas de la Bahía',
      en: 'Bay Islands',
    });
  });

  it("uses Guatemala's current numeric ISO codes and fixes Natural Earth's name for PA-1", async () => {
    const guatemala = await listSubdivisions({ ctx: testContext(db), input: { countryCode: 'GT' } });
    expect(guatemala.map((department) => department.code)).toContain('GT-01');
    const panama = await listSubdivisions({ ctx: testContext(db), input: { countryCode: 'PA' } });
    expect(panama.find((province) => province.code === 'PA-1')?.name.es).toBe('Bocas del Toro');
    expect(panama.find((province) => province.code === 'PA-10')?.hasBoundary).toBe(false);
  });

  it('answers an unknown country with country_not_found and a malformed code with validation_failed', async () => {
    await expect(getCountry({ ctx: testContext(db), input: { code: 'US' } })).rejects.toMatchObject({
      code: 'country_not_found',
      status: 404,
    });
    const malformed = await getCountry({ ctx: testContext(db), input: { code: 'Honduras' } }).catch(
      (error: unknown) => error,
    );
    expect(malformed).toBeInstanceOf(AppError);
    expect(malformed).toMatchObject({ code: 'validation_failed', details: { errors: [{ path: 'code' }] } });
  });

  it('returns GeoJSON boundaries of the countries and of one country’s subdivisions', async () => {
    const countries = await getBoundaries({ ctx: testContext(db), input: {} });
    expect(countries.features).toHaveLength(7);
    expect(countries.features[0]?.geometry).toHaveProperty('type');
    const honduras = await getBoundaries({
      ctx: testContext(db),
      input: { level: 'subdivision', country: 'HN' },
    });
    expect(honduras.features.map((feature) => feature.id)).toHaveLength(18);
    expect(honduras.features.every((feature) => feature.properties.countryCode === 'HN')).toBe(true);
  });
});
