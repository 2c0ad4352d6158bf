import type { FastifyInstance } from 'fastify';
import { buildApp } from '@/http/app';
import { loadConfig } from '@/platform/config';
import type { Dialect } from '@/platform/db/connect';
import { createSeededTestDb, FIXED_NOW, silentLogger, TEST_SECURITY, type TestDb } from './db';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: TestDb;
  close(): Promise<void>;
}

/** The real HTTP app over a seeded test database, for `app.inject()` tests. No web build needed. */
export async function createTestApp(
  dialect: Dialect,
  env: Record<string, string> = {},
  clock: () => Date = () => FIXED_NOW,
  /** Work on the database before the app starts (as the server does at startup), e.g. loading the demo. */
  prepare?: (db: TestDb) => Promise<void>,
): Promise<TestApp> {
  const db = await createSeededTestDb(dialect);
  await prepare?.(db);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', ...env });
  const app = await buildApp({
    config,
    db,
    logger: silentLogger,
    security: TEST_SECURITY,
    now: clock,
    webDir: '/nonexistent-web-dir',
  });
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}
