import path from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ServiceContext, UserActor } from '@/platform/context';
import { ValidationError } from '@/platform/errors';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../../test/db';
import { IATI_FIXTURES } from '../../../../test/iati-fixtures';
import type { Reconciliation } from '../import/reconciliation';
import { createImportJob, runImportJob } from '../import-jobs';
import { getSource } from './get-source';
import { listSourceFiles } from './list-source-files';
import { listSources } from './list-sources';
import { registerSource } from './register-source';
import { worstReconciliation } from './source.mapper';
import type { ReconciliationOutput, SourceInput } from './source.schemas';
import { updateSource } from './update-source';

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

const userWith = (role: string): UserActor => ({
  type: 'user',
  userId: `user-${role}`,
  email: `${role}@example.org`,
  organisationId: 'org',
  organisationCountry: null,
  grants: [{ role, organisationId: null, countryCode: null }],
  via: 'token',
  credentialId: 'test',
  authenticatedAt: new Date().toISOString(),
});

const input = (overrides: Partial<SourceInput> = {}): SourceInput => ({
  name: 'state-honduras',
  kind: 'file_url',
  location: 'https://example.org/state-honduras.xml',
  publisher: 'U.S. Department of State',
  licence: 'CC0 1.0',
  limitations: { es: 'Parcial.', en: 'Partial.' },
  intervalHours: 24,
  ...overrides,
});

describe('the API’s reconciliation is the importer’s', () => {
  it('has the same fields and types as Reconciliation', () => {
    expectTypeOf<DeepReadonly<z.infer<typeof ReconciliationOutput>>>().toEqualTypeOf<
      DeepReadonly<Reconciliation>
    >();
  });

  it('a source is as bad as its worst current file', () => {
    const of = (status: string) => JSON.stringify({ status });
    expect(worstReconciliation([])).toBeNull();
    expect(worstReconciliation([null, of('reconciled')])).toBe('reconciled');
    expect(worstReconciliation([of('reconciled'), of('unexplained'), of('explained')])).toBe('unexplained');
    expect(worstReconciliation([of('explained'), of('reconciled')])).toBe('explained');
  });
});

describe.each(TEST_DIALECTS)('registering and changing IATI sources on %s', (dialect) => {
  let db: TestDb;
  let admin: ServiceContext;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
    admin = testContext(db, { actor: userWith('admin') });
  });
  afterAll(async () => {
    await db.destroy();
  });

  const audit = (entityId: string) =>
    db.kysely
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('entity_id', '=', entityId)
      .orderBy('seq')
      .execute();

  it('registers a source, audited; only administrators may, importers may read', async () => {
    const source = await registerSource({ ctx: admin, input: input() });
    expect(source).toMatchObject({
      name: 'state-honduras',
      status: 'never',
      lastError: null,
      version: 1,
      fileCount: 0,
      reconciliationStatus: null,
      limitations: { es: 'Parcial.', en: 'Partial.' },
    });
    expect((await audit(source.id)).map((entry) => entry.action)).toEqual(['iati.source.register']);
    const officer = testContext(db, { actor: userWith('donor_officer') });
    await expect(registerSource({ ctx: officer, input: input({ name: 'other' }) })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await listSources({ ctx: officer })).items.map((item) => item.name)).toContain('state-honduras');
    await expect(listSources({ ctx: testContext(db, { actor: userWith('viewer') }) })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it.each([
    ['a name with spaces', { name: 'State Honduras' }, 'body.name', 'debe tener solo minúsculas'],
    ['an ftp address', { location: 'ftp://example.org/a.xml' }, 'body.location', 'dirección http(s)'],
    [
      'a Registry id with spaces',
      { kind: 'registry_publisher', location: 'US AID' },
      'body.location',
      'Registro IATI',
    ],
    ['an empty Datastore query', { kind: 'datastore_query', location: '?' }, 'body.location', 'Datastore'],
    [
      'an unknown shipped folder',
      { kind: 'shipped', location: 'iati/public/nope' },
      'body.location',
      'iati/public/usaid-2025',
    ],
    ['an interval of 0 hours', { intervalHours: 0 }, 'body.intervalHours', '1'],
  ] as const)('refuses %s with a field error in es and en', async (_case, change, fieldPath, spanish) => {
    const attempt = registerSource({
      ctx: admin,
      input: input({ name: 'bad-one', ...change }),
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'validation_failed',
      details: { errors: [expect.objectContaining({ path: fieldPath })] },
    });
    const problem = await attempt.catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(ValidationError);
    expect((problem as ValidationError).details?.errors?.[0]?.message.es).toContain(spanish);
  });

  it('refuses a second source with the same name as a conflict', async () => {
    await expect(registerSource({ ctx: admin, input: input() })).rejects.toMatchObject({
      code: 'conflict',
      details: { errors: [expect.objectContaining({ path: 'body.name', code: 'duplicate' })] },
    });
  });

  it('changes a source at the version edited (412 otherwise), forgets old validators, audits the change', async () => {
    const source = await registerSource({ ctx: admin, input: input({ name: 'to-change' }) });
    await db.kysely
      .insertInto('iati_source_resource')
      .values({
        source_id: source.id,
        url: source.location,
        etag: '"x"',
        last_modified: null,
        sha256: 'a'.repeat(64),
        checked_at: null,
      })
      .execute();
    const changed = await updateSource({
      ctx: admin,
      input: { id: source.id, expectedVersion: 1, patch: { intervalHours: null, licence: 'Public domain' } },
    });
    expect(changed).toMatchObject({ version: 2, intervalHours: null, licence: 'Public domain' });
    expect((await getSource({ ctx: admin, input: { id: source.id } })).resources).toHaveLength(1);
    await expect(
      updateSource({ ctx: admin, input: { id: source.id, expectedVersion: 1, patch: { licence: 'x' } } }),
    ).rejects.toMatchObject({ code: 'precondition_failed' });
    const moved = await updateSource({
      ctx: admin,
      input: { id: source.id, expectedVersion: 2, patch: { location: 'https://example.org/moved.xml' } },
    });
    expect(moved.version).toBe(3);
    expect((await getSource({ ctx: admin, input: { id: source.id } })).resources).toEqual([]);
    const entries = await audit(source.id);
    expect(entries.map((entry) => entry.action)).toEqual([
      'iati.source.register',
      'iati.source.update',
      'iati.source.update',
    ]);
    expect(JSON.parse(entries[1]?.details ?? '{}')).toMatchObject({
      changedFields: expect.arrayContaining(['licence']),
    });
    await expect(
      updateSource({ ctx: admin, input: { id: 'missing', expectedVersion: 1, patch: {} } }),
    ).rejects.toMatchObject({ code: 'iati_source_not_found' });
    await expect(
      updateSource({
        ctx: admin,
        input: { id: source.id, expectedVersion: 3, patch: { kind: 'registry_publisher' } },
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('lists every imported file, including files imported by hand, with its last import job', async () => {
    const job = await createImportJob({
      ctx: admin,
      input: { fileName: 'usaid-pa.xml', sizeBytes: 180436, dryRun: false, validate: false },
    });
    await runImportJob({
      ctx: admin,
      jobId: job.id,
      path: path.join(IATI_FIXTURES, 'real/usaid-2025/usaid-pa.xml'),
    });
    const { items } = await listSourceFiles({ ctx: admin });
    expect(items[0]).toMatchObject({
      fileName: 'usaid-pa.xml',
      sizeBytes: 180436,
      iatiVersion: '2.03',
      sourceId: null,
      sourceUrl: null,
      lastJobId: job.id,
    });
    await expect(listSourceFiles({ ctx: admin, input: { limit: 0 } })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});
