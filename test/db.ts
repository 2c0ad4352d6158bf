import crypto from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { seedReferenceData } from '@/modules/reference-data';
import type { SecuritySettings, ServiceContext } from '@/platform/context';
import { ephemeralKeys } from '@/platform/keys';
import { connect, type Db, type Dialect } from '@/platform/db/connect';
import { migrateToLatest } from '@/platform/db/migrate';
import { REFERENCE_DIR } from '@/platform/paths';

/**
 * The dialects every database test runs on: SQLite always; PostgreSQL too when TEST_DATABASE_URL is set.
 * TEST_DIALECTS=postgres restricts a run to one of them (CI runs the suite once per dialect).
 */
export const TEST_DIALECTS: readonly Dialect[] = (() => {
  const available: Dialect[] = ['sqlite', ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : [])];
  const only = process.env.TEST_DIALECTS?.split(',').map((name) => name.trim());
  if (only?.includes('postgres') && !process.env.TEST_DATABASE_URL) {
    throw new Error('TEST_DIALECTS asks for postgres but TEST_DATABASE_URL is not set');
  }
  return only === undefined ? available : available.filter((dialect) => only.includes(dialect));
})();

export interface TestDb extends Db {
  /** The PostgreSQL schema of this test database (undefined on SQLite). */
  readonly schema?: string;
  /** Drops everything this test database created. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database: SQLite in memory, or a throw-away schema in the PostgreSQL server at
 * TEST_DATABASE_URL (one schema per call, so test files run in parallel without sharing state).
 */
export async function createTestDb(dialect: Dialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const db = connect({ dialect: 'sqlite', file: ':memory:' });
    await migrateToLatest(db.kysely);
    return { ...db, destroy: () => db.close() };
  }
  const url = process.env.TEST_DATABASE_URL ?? '';
  const schema = `test_${crypto.randomBytes(6).toString('hex')}`;
  await withAdminClient(url, (client) => client.query(`CREATE SCHEMA ${schema}`));
  const db = connect({ dialect: 'postgres', url }, { pgSearchPath: schema });
  await migrateToLatest(db.kysely, { schema });
  return {
    ...db,
    schema,
    destroy: async () => {
      await db.close();
      await withAdminClient(url, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const silentLogger = pino({ level: 'silent' });

/** Keys made once per test process; MFA required for the privileged roles only, as in the demo. */
export const TEST_SECURITY: SecuritySettings = {
  keys: ephemeralKeys(),
  requireMfa: 'roles',
  publicUrl: 'http://carsi.test',
};

export const FIXED_NOW = new Date('2026-11-25T12:00:00.000Z');

/** A context for calling verbs directly, as the system actor, with a frozen clock. */
export function testContext(db: Db, overrides: Partial<ServiceContext> = {}): ServiceContext {
  return {
    actor: { type: 'system', name: 'test' },
    db: db.kysely,
    dialect: db.dialect,
    now: () => FIXED_NOW,
    log: silentLogger,
    requestId: 'test',
    security: TEST_SECURITY,
    ...overrides,
  };
}

/** A migrated test database with the shipped reference data loaded. */
export async function createSeededTestDb(dialect: Dialect): Promise<TestDb> {
  const db = await createTestDb(dialect);
  await seedReferenceData({ ctx: testContext(db), input: { referenceDir: REFERENCE_DIR } });
  return db;
}
