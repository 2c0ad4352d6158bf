import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARSI, carsi } from '../../test/carsi-cli';
import { IatiSourceServer } from '../../test/iati-source-server';

interface Run {
  name: string;
  outcome: string;
  urls: { url: string; outcome: string; error: { code: string } | null }[];
}

// Operators meet sync through the real `carsi` binary on a fresh embedded database.
describe('carsi sync iati / sources / demo --public-data', () => {
  let server: IatiSourceServer;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    server = await IatiSourceServer.start();
    env = {
      ...process.env,
      CARSI_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-sync-cli-')),
      CARSI_SYNC_RETRIES: '1',
      CARSI_SYNC_RETRY_DELAY_MS: '10',
      CARSI_SYNC_TIMEOUT_MS: '2000',
      // The publishers here are on loopback.
      CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES: 'true',
    };
    delete env.DATABASE_URL;
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(env.CARSI_DATA_DIR ?? '', { recursive: true, force: true });
  });

  it('loads the shipped public data (8 files) as real records; a second run changes nothing', async () => {
    const first = await carsi(env, 'demo', '--public-data', '--json');
    expect(first.code).toBe(0);
    const loaded = JSON.parse(first.stdout) as { registered: string[]; results: Run[] };
    expect(loaded.registered).toEqual(['us-state-central-america', 'usaid-central-america']);
    expect(loaded.results.flatMap((result) => result.urls.map((url) => url.outcome))).toEqual(
      Array(8).fill('imported'),
    );
    const again = await carsi(env, 'demo', '--public-data');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('us-state-central-america: unchanged');
    expect(again.stdout).toContain('usaid-central-america: unchanged');
    expect(again.stdout.match(/^ {2}unchanged +https:\/\/github\.com\//gm)).toHaveLength(8);
    expect(again.stdout).not.toContain('Registered');
  }, 180_000);

  it('adds a source, syncs it (then 304), exits 1 when a sync fails, lists the sources', async () => {
    // Not one of the shipped files: the same bytes fetched for two sources are one file record.
    const url = server.serveFixture('real/pwyf-merger-dfid-2.03/dfid-ba.xml');
    const added = await carsi(
      env,
      'sources',
      'add',
      '--name',
      'dfid-bosnia',
      '--kind',
      'file_url',
      '--location',
      url,
      '--publisher',
      'DFID',
      '--licence',
      'CC0 1.0',
      '--interval-hours',
      '24',
      '--limitations-en',
      'Partial.',
    );
    expect(added.stdout).toMatch(/^Registered dfid-bosnia \(file_url, id [0-9a-f-]+\)/);

    const synced = await carsi(env, 'sync', 'iati', '--source', 'dfid-bosnia', '--json');
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.stdout)).toMatchObject({
      outcome: 'imported',
      urls: [{ url, outcome: 'imported' }],
    });
    const again = await carsi(env, 'sync', 'iati', '--source', 'dfid-bosnia');
    expect(again.stdout).toMatch(
      /dfid-bosnia: not_modified\n {2}not_modified +http:\/\/127\.0\.0\.1:\d+\/files\/dfid-ba\.xml \(HTTP 304/,
    );

    server.setFile('dfid-ba.xml', Buffer.concat([server.fileBody('dfid-ba.xml'), Buffer.from('\n')]));
    server.misbehave('dfid-ba.xml', { kind: 'status', status: 500 });
    const failed = await carsi(env, 'sync', 'iati');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/dfid-bosnia: failed — sync_http_error: The server answered HTTP 500/);
    expect(failed.stdout).toContain('us-state-central-america: unchanged');
    server.misbehave('dfid-ba.xml', null);

    const listed = await carsi(env, 'sources', 'list', '--json');
    const { items } = JSON.parse(listed.stdout) as {
      items: { name: string; status: string; fileCount: number }[];
    };
    expect(items.map((item) => [item.name, item.status, item.fileCount])).toEqual([
      ['dfid-bosnia', 'failed', 1],
      ['us-state-central-america', 'ok', 5],
      ['usaid-central-america', 'ok', 3],
    ]);
  }, 120_000);

  it('stops on SIGTERM: the download is abandoned and recorded as interrupted, not left running', async () => {
    const url = server.serveFixture('real/us-state-2024/state-belize.xml');
    server.misbehave('state-belize.xml', { kind: 'stall' });
    const add = ['sources', 'add', '--name', 'stalled', '--kind', 'file_url', '--location', url];
    expect((await carsi(env, ...add, '--publisher', 'State', '--licence', 'CC0 1.0')).code).toBe(0);
    // A long inactivity timeout: only the signal can end this sync soon.
    const child = spawn('node', [CARSI, 'sync', 'iati', '--source', 'stalled'], {
      env: { ...env, CARSI_SYNC_TIMEOUT_MS: '600000' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await expect.poll(() => server.requestsTo('state-belize.xml').length, { timeout: 30_000 }).toBe(1);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    server.misbehave('state-belize.xml', null);
    expect(stdout).toMatch(/stalled: failed — sync_interrupted/);

    const db = new SqliteDatabase(path.join(env.CARSI_DATA_DIR ?? '', 'carsi.db'), { readonly: true });
    try {
      const attempts = db
        .prepare(
          "SELECT a.url, a.outcome, a.error FROM iati_sync_attempt a JOIN iati_source s ON s.id = a.source_id WHERE s.name = 'stalled'",
        )
        .all() as { url: string | null; outcome: string; error: string | null }[];
      expect(attempts.map((attempt) => [attempt.url, attempt.outcome]).sort()).toEqual([
        [null, 'failed'],
        [url, 'failed'],
      ]);
      expect(
        attempts.map((attempt) => (JSON.parse(attempt.error ?? '{}') as { code?: string }).code),
      ).toEqual(['sync_interrupted', 'sync_interrupted']);
    } finally {
      db.close();
    }
  }, 60_000);
});
