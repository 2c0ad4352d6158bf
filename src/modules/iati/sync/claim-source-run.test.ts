import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '@/platform/context';
import { connect, type Db } from '@/platform/db/connect';
import { migrateToLatest } from '@/platform/db/migrate';
import { REFERENCE_DIR } from '@/platform/paths';
import { createTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../../test/db';
import { IatiSourceServer } from '../../../../test/iati-source-server';
import { ABANDONED_AFTER_MS, claimSourceRun } from './claim-source-run';
import { registerSource } from './register-source';
import { insertRunningAttempt } from './sync-attempt.repository';
import { startSourceSync } from './sync-source';

const LOOPBACK = { referenceDir: REFERENCE_DIR, allowPrivateAddresses: true };

async function newSource(ctx: ServiceContext, name: string, location = `https://example.org/${name}.xml`) {
  const input = { name, kind: 'file_url' as const, location, publisher: 'P', licence: 'CC0 1.0' };
  return (await registerSource({ ctx, input, settings: LOOPBACK })).id;
}

const attemptsOf = (db: Db, sourceId: string) =>
  db.kysely
    .selectFrom('iati_sync_attempt')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('started_at')
    .execute();

describe.each(TEST_DIALECTS)('claiming a run judges an earlier one by its heartbeat on %s', (dialect) => {
  let db: TestDb;
  let ctx: ServiceContext;
  let server: IatiSourceServer;
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

  /** A run left marked running by another process, started and last heard of when given. */
  async function leftRunning(sourceId: string, startedAt: string, heartbeatAt: string | null) {
    const id = `left-${randomUUID()}`;
    await insertRunningAttempt(db.kysely, { id, sourceId, url: null, trigger: 'schedule', now: startedAt });
    await db.kysely
      .updateTable('iati_sync_attempt')
      .set({ heartbeat_at: heartbeatAt })
      .where('id', '=', id)
      .execute();
    return id;
  }

  beforeAll(async () => {
    db = await createTestDb(dialect);
    ctx = testContext(db, { now: () => new Date() });
    server = await IatiSourceServer.start();
  });
  afterAll(async () => {
    await server.close();
    await db.destroy();
  });

  it('refuses while a run that started hours ago still beats (409)', async () => {
    const sourceId = await newSource(ctx, 'long-run');
    await leftRunning(sourceId, ago(3 * 60 * 60_000), ago(60_000));
    await expect(claimSourceRun(ctx, { sourceId, trigger: 'manual' })).rejects.toMatchObject({
      code: 'iati_sync_running',
      status: 409,
    });
    expect((await attemptsOf(db, sourceId)).map((attempt) => attempt.outcome)).toEqual(['running']);
  });

  it('closes a run whose heartbeat stopped as sync_interrupted, however recently it started, and claims', async () => {
    const sourceId = await newSource(ctx, 'dead-run');
    const dead = await leftRunning(
      sourceId,
      ago(ABANDONED_AFTER_MS + 60_000),
      ago(ABANDONED_AFTER_MS + 1_000),
    );
    // A row written before heartbeats existed is judged by its start.
    const legacy = await leftRunning(sourceId, ago(ABANDONED_AFTER_MS + 5_000), null);
    const { attemptId } = await claimSourceRun(ctx, { sourceId, trigger: 'manual' });
    const attempts = await attemptsOf(db, sourceId);
    for (const id of [dead, legacy]) {
      const row = attempts.find((attempt) => attempt.id === id);
      expect(row).toMatchObject({ outcome: 'failed', finished_at: expect.any(String) });
      expect(JSON.parse(row?.error ?? '{}')).toMatchObject({ code: 'sync_interrupted' });
    }
    expect(attempts.find((attempt) => attempt.id === attemptId)).toMatchObject({
      outcome: 'running',
      heartbeat_at: expect.any(String),
    });
  });

  it('a running sync beats while it downloads, and a trickling server is cut off at the deadline', async () => {
    const url = server.serveFixture('real/usaid-2025/usaid-pa.xml');
    server.misbehave('usaid-pa.xml', { kind: 'trickle', everyMs: 50 });
    const sourceId = await newSource(ctx, 'trickled', url);
    const settings = server.syncSettings({ timeoutMs: 400, deadlineMs: 1_500 });
    const started = Date.now();
    const run = await startSourceSync({ ctx, input: { id: sourceId }, options: { settings } });
    await expect
      .poll(async () => {
        const row = (await attemptsOf(db, sourceId)).find((attempt) => attempt.id === run.attemptId);
        return row === undefined ? 0 : Date.parse(row.heartbeat_at ?? '') - Date.parse(row.started_at);
      })
      .toBeGreaterThan(100);
    const result = await run.done;
    server.misbehave('usaid-pa.xml', null);
    // Bytes kept arriving within the inactivity timeout; the deadline ended it, and it was not retried.
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(result.urls[0]).toMatchObject({ outcome: 'failed', requests: 1, error: { code: 'sync_timeout' } });
    expect(result.urls[0]?.error?.en).toContain('CARSI_SYNC_DEADLINE_MS');
    expect(server.requestsTo('usaid-pa.xml')).toHaveLength(1);
  });
});

describe.runIf(TEST_DIALECTS.includes('sqlite'))('two processes claiming one SQLite file', () => {
  let dir: string;
  let file: string;
  let db: Db;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-claim-'));
    file = path.join(dir, 'carsi.db');
    db = connect({ dialect: 'sqlite', file });
    await migrateToLatest(db.kysely);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the second claimant waits for the first one’s claim and gets 409, not SQLITE_BUSY', async () => {
    const ctx = testContext(db, { now: () => new Date() });
    const sourceId = await newSource(ctx, 'shared-file');
    // Another process on its own connection is in the middle of a claim: it holds SQLite's write lock with
    // its running attempt written, and commits half a second later.
    const other = holdClaim(file, sourceId, 500);
    await other.claimed;
    await expect(claimSourceRun(ctx, { sourceId, trigger: 'manual' })).rejects.toMatchObject({
      code: 'iati_sync_running',
    });
    await other.done;
    expect((await attemptsOf(db, sourceId)).map((attempt) => attempt.outcome)).toEqual(['running']);
  });
});

describe.runIf(TEST_DIALECTS.includes('postgres'))('two connections claiming on PostgreSQL', () => {
  let db: TestDb;
  let second: Db;
  beforeAll(async () => {
    db = await createTestDb('postgres');
    second = connect(
      { dialect: 'postgres', url: process.env.TEST_DATABASE_URL ?? '' },
      { pgSearchPath: db.schema },
    );
  });
  afterAll(async () => {
    await second.close();
    await db.destroy();
  });

  it('the second claimant waits for the first one’s transaction and gets 409', async () => {
    const ctx = testContext(db, { now: () => new Date() });
    const sourceId = await newSource(ctx, 'shared-pg');
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let claimed = () => undefined as void;
    const firstClaimed = new Promise<void>((resolve) => (claimed = resolve));
    // The first claim, on the other connection, stays uncommitted until released.
    const first = second.kysely.transaction().execute(async (trx) => {
      await claimSourceRun(
        { ...testContext(second, { now: () => new Date() }), db: trx },
        {
          sourceId,
          trigger: 'manual',
        },
      );
      claimed();
      await held;
    });
    await firstClaimed;
    const secondClaim = claimSourceRun(ctx, { sourceId, trigger: 'manual' });
    setTimeout(release, 300);
    await expect(secondClaim).rejects.toMatchObject({ code: 'iati_sync_running' });
    await first;
    expect((await attemptsOf(db, sourceId)).map((attempt) => attempt.outcome)).toEqual(['running']);
  });
});

/**
 * Another process's claim, in a thread of its own with its own connection to the SQLite file: BEGIN
 * IMMEDIATE, the running attempt written, then held for `holdMs` before COMMIT (plain better-sqlite3, so
 * the thread blocks as a separate process would).
 */
function holdClaim(file: string, sourceId: string, holdMs: number) {
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.file);
    db.pragma('busy_timeout = 5000');
    const now = new Date().toISOString();
    db.exec('BEGIN IMMEDIATE');
    db.prepare('UPDATE iati_source SET last_attempt_at = ? WHERE id = ?').run(now, workerData.sourceId);
    db.prepare(
      "INSERT INTO iati_sync_attempt (id, source_id, url, trigger, started_at, finished_at, heartbeat_at, outcome, attempts) VALUES (?, ?, NULL, 'manual', ?, NULL, ?, 'running', 0)",
    ).run('other-process-run', workerData.sourceId, now, now);
    parentPort.postMessage('claimed');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
    db.exec('COMMIT');
    db.close();
    `,
    {
      eval: true,
      workerData: {
        file,
        sourceId,
        holdMs,
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      },
    },
  );
  const claimed = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const done = new Promise<void>((resolve, reject) => {
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}`))));
  });
  return { claimed, done };
}
