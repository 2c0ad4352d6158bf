import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { getFramework } from './get-framework';
import { listFrameworks } from './list-frameworks';

describe.each(TEST_DIALECTS)('frameworks on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('lists CARSI then ESCA', async () => {
    const frameworks = await listFrameworks({ ctx: testContext(db) });
    expect(frameworks.map((framework) => framework.code)).toEqual(['carsi', 'esca']);
  });

  it('returns the five CARSI goals in order, in Spanish and English, and the three lines of work', async () => {
    const carsi = await getFramework({ ctx: testContext(db), input: { code: 'CARSI' } });
    expect(carsi.goals.map((goal) => goal.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(carsi.goals[0]?.name.en).toBe('Create safe streets for the citizens of the region.');
    expect(carsi.goals[0]?.name.es).toMatch(/^Crear calles seguras/);
    expect(carsi.goals.every((goal) => goal.name.es !== '' && goal.name.es !== goal.name.en)).toBe(true);
    expect(carsi.linesOfWork).toHaveLength(3);
    expect(carsi.components).toEqual([]);
  });

  it('returns the four ESCA components', async () => {
    const esca = await getFramework({ ctx: testContext(db), input: { code: 'esca' } });
    expect(esca.components.map((component) => `${component.code} ${component.name.es}`)).toEqual([
      'A Combate al delito',
      'B Prevención de la violencia',
      'C Rehabilitación, reinserción y seguridad penitenciaria',
      'D Fortalecimiento institucional',
    ]);
  });

  it('answers an unknown framework with framework_not_found', async () => {
    await expect(getFramework({ ctx: testContext(db), input: { code: 'merida' } })).rejects.toMatchObject({
      code: 'framework_not_found',
    });
  });
});
