import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../../test/db';
import { listAppliedMigrations, migrateToLatest } from './migrate';
import { migrations } from '../../../migrations';

/** Column types as both dialects spell them, reduced to what they mean. */
const TYPE_NAMES: Record<string, string> = {
  text: 'text',
  integer: 'integer',
  int4: 'integer',
  bigint: 'bigint',
  int8: 'bigint',
  'double precision': 'double',
  float8: 'double',
};

async function describeSchema(db: TestDb) {
  const tables = await db.kysely.introspection.getTables();
  return tables
    .filter(
      (table) => !table.name.startsWith('kysely_') && (db.schema === undefined || table.schema === db.schema),
    )
    .map((table) => ({
      table: table.name,
      columns: table.columns
        .map((column) => ({
          name: column.name,
          type: TYPE_NAMES[column.dataType.toLowerCase()] ?? `unknown:${column.dataType}`,
          nullable: column.isNullable,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.table.localeCompare(b.table));
}

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.destroy();
  });

  it('migrates an empty database to the latest schema, and a second run applies nothing', async () => {
    db = await createTestDb(dialect);
    expect(await listAppliedMigrations(db.kysely, { schema: db.schema })).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(db.kysely, { schema: db.schema })).toEqual([]);
  });

  // Each dialect is compared with one committed description, so SQLite and PostgreSQL have the same
  // tables, columns, types and nullability whenever both runs pass (`vitest -u` rewrites it).
  it('has the same tables and columns as the committed schema description', async () => {
    db = await createTestDb(dialect);
    const schema = await describeSchema(db);
    expect(schema.map((table) => table.table)).toContain('statistic_value');
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(
      '../../../test/schema.snapshot.json',
    );
  });
});
