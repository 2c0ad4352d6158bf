import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSource, type SyncSettings } from '@/modules/iati';
import type { ServiceContext } from '@/platform/context';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../test/db';
import { IatiSourceServer } from '../../test/iati-source-server';
import { startIatiSync } from './iati-sync.job';

describe.each(TEST_DIALECTS)('the scheduled IATI sync on %s', (dialect) => {
  let db: TestDb;
  let server: IatiSourceServer;
  let ctx: ServiceContext;
  let settings: SyncSettings;

  const attemptsOf = (sourceId: string) =>
    db.kysely.selectFrom('iati_sync_attempt').selectAll().where('source_id', '=', sourceId).execute();
  const register = (name: string, location: string, intervalHours: number | null) =>
    registerSource({
      ctx,
      input: { name, kind: 'file_url', location, publisher: 'USAID', licence: 'CC0 1.0', intervalHours },
      settings,
    });

  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
    server = await IatiSourceServer.start();
    ctx = testContext(db, { now: () => new Date() });
    settings = server.syncSettings({ timeoutMs: 30_000, deadlineMs: 60_000, retries: 0 });
  });
  afterAll(async () => {
    await server.close();
    await db.destroy();
  });

  it('syncs the sources whose interval has elapsed, and only those', async () => {
    const due = await register('due', server.serveFixture('real/usaid-2025/usaid-pa.xml'), 6);
    const byHand = await register('by-hand', server.serveFixture('real/usaid-2025/usaid-cr.xml'), null);
    const recent = await register('recent', server.serveFixture('real/us-state-2024/state-nicaragua.xml'), 6);
    await db.kysely
      .updateTable('iati_source')
      .set({ last_attempt_at: new Date(Date.now() - 3_600_000).toISOString() })
      .where('id', '=', recent.id)
      .execute();

    const job = startIatiSync({ ctx, settings, everyMs: 50 });
    try {
      await expect
        .poll(async () => (await attemptsOf(due.id)).map((attempt) => [attempt.trigger, attempt.outcome]), {
          timeout: 20_000,
        })
        .toEqual([
          ['schedule', 'imported'],
          ['schedule', 'imported'],
        ]);
    } finally {
      await job.stop();
    }
    // Several checks ran meanwhile; the source, synced, was not due again.
    expect(await attemptsOf(due.id)).toHaveLength(2);
    expect(await attemptsOf(byHand.id)).toEqual([]);
    expect(await attemptsOf(recent.id)).toEqual([]);
  });

  it('stops cleanly: a download in progress is abandoned and recorded, nothing is imported', async () => {
    const url = server.serveFixture('real/us-state-2024/state-belize.xml');
    server.misbehave('state-belize.xml', { kind: 'stall' });
    const stalled = await register('stalled', url, 1);
    const job = startIatiSync({ ctx, settings, everyMs: 50 });
    await expect.poll(() => server.requestsTo('state-belize.xml').length, { timeout: 10_000 }).toBe(1);
    const started = Date.now();
    await job.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    const attempts = await attemptsOf(stalled.id);
    expect(attempts.map((attempt) => [attempt.url, attempt.outcome])).toEqual(
      expect.arrayContaining([
        [null, 'failed'],
        [url, 'failed'],
      ]),
    );
    expect(
      attempts.every(
        (attempt) => (JSON.parse(attempt.error ?? '{}') as { code?: string }).code === 'sync_interrupted',
      ),
    ).toBe(true);
    expect(attempts.every((attempt) => attempt.job_id === null)).toBe(true);
  });
});
