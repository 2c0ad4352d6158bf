import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { seedReferenceData } from '@/modules/reference-data';
import type { ServiceContext } from '@/platform/context';
import { connect, type Db, type Dialect } from '@/platform/db/connect';
import { migrateToLatest } from '@/platform/db/migrate';
import { ephemeralKeys } from '@/platform/keys';
import { REFERENCE_DIR } from '@/platform/paths';
import type { ReferenceCodes } from './synthetic-portfolio';

/** Where the benchmark's PostgreSQL server is (trust auth); BENCH_PG_URL overrides it. */
export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh benchmark database and how to reach it outside Kysely. */
export interface BenchDb {
  readonly dialect: Dialect;
  /** The SQLite file, or the PostgreSQL URL of the fresh database. */
  readonly location: string;
  /** Opens a connection as the product does (connect()). */
  open(): Db;
  /** Drops the database (deletes the SQLite directory or drops the PostgreSQL database). */
  destroy(): Promise<void>;
}

/** A context for calling verbs directly, as the system actor (as test/db.ts `testContext`). */
export function benchContext(db: Db): ServiceContext {
  const now = new Date('2026-11-25T12:00:00.000Z');
  return {
    actor: { type: 'system', name: 'bench' },
    db: db.kysely,
    dialect: db.dialect,
    now: () => now,
    log: pino({ level: 'silent' }),
    requestId: 'bench',
    security: { keys: ephemeralKeys(), requireMfa: 'roles', publicUrl: 'http://carsi.bench' },
  };
}

async function withPgClient<R>(url: string, work: (client: pg.Client) => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An existing benchmark database (kept by an earlier run with --keep). */
export function existingBenchDb(dialect: Dialect, location: string): BenchDb {
  return {
    dialect,
    location,
    open: () =>
      dialect === 'sqlite' ? connect({ dialect, file: location }) : connect({ dialect, url: location }),
    destroy: async () => {
      if (dialect === 'sqlite') {
        fs.rmSync(path.dirname(location), { recursive: true, force: true });
        return;
      }
      const name = new URL(location).pathname.slice(1);
      await withPgClient(PG_ADMIN_URL, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/** Creates an empty database: an SQLite file in a temp dir, or a new PostgreSQL database. */
async function createEmpty(dialect: Dialect): Promise<BenchDb> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-bench-'));
    return existingBenchDb('sqlite', path.join(dir, 'carsi.db'));
  }
  const name = `carsi_bench_${crypto.randomBytes(4).toString('hex')}`;
  await withPgClient(PG_ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return existingBenchDb('postgres', url.toString());
}

/** A fresh database, migrated and with the shipped reference data, exactly as test/db.ts seeds one. */
export async function createSeededBenchDb(dialect: Dialect): Promise<BenchDb> {
  const bench = await createEmpty(dialect);
  const db = bench.open();
  try {
    await migrateToLatest(db.kysely);
    await seedReferenceData({ ctx: benchContext(db), input: { referenceDir: REFERENCE_DIR } });
  } finally {
    await db.close();
  }
  return bench;
}

/** The subdivisions of the seven countries, appropriation accounts and ESCA components of the seed. */
export async function readReferenceCodes(db: Db): Promise<ReferenceCodes> {
  const subdivisions = new Map<string, string[]>();
  const rows = await db.kysely
    .selectFrom('subdivision')
    .select(['code', 'country_code'])
    .orderBy('code')
    .execute();
  for (const row of rows) {
    subdivisions.set(row.country_code, [...(subdivisions.get(row.country_code) ?? []), row.code]);
  }
  const accounts = await db.kysely
    .selectFrom('appropriation_account')
    .select('code')
    .orderBy('code')
    .execute();
  const esca = await db.kysely
    .selectFrom('framework_element')
    .select('code')
    .where('framework_code', '=', 'esca')
    .where('kind', '=', 'component')
    .orderBy('code')
    .execute();
  return {
    subdivisions,
    accounts: accounts.map((row) => row.code),
    escaComponents: esca.map((row) => row.code),
  };
}
