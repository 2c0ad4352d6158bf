import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoPortfolio } from '@/modules/demo';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_DIALECTS, testContext } from '../../../test/db';
import { makeOrganisation, makeUser, tokenFor } from '../../../test/identity';

const CARSI_COUNTRIES = ['BZ', 'CR', 'GT', 'HN', 'NI', 'PA', 'SV'];

describe.each(TEST_DIALECTS)('the demo portfolio over HTTP on %s', (dialect) => {
  let test: TestApp;
  let auth: { authorization: string };
  beforeAll(async () => {
    // Loaded before the app starts, as the server does on a first start.
    test = await createTestApp(dialect, {}, undefined, async (db) => {
      expect((await loadDemoPortfolio({ ctx: testContext(db) })).status).toBe('loaded');
    });
    const home = await makeOrganisation(test.db, { countryCode: 'US' });
    const officer = await makeUser(test.db, {
      organisationId: home.id,
      role: 'donor_officer',
      scope: { organisationId: null, countryCode: null },
    });
    auth = { authorization: `Bearer ${await tokenFor(test.db, officer.id)}` };
  }, 120_000);
  afterAll(async () => {
    await test.close();
  });

  it('lists at least 100 activities, every one marked demo, and a second load changes nothing', async () => {
    const page = await test.app.inject({ url: '/api/v1/activities?limit=5', headers: auth });
    expect(page.statusCode).toBe(200);
    const body = page.json<{ total: number; items: { isDemo: boolean; title: { en: string } }[] }>();
    expect(body.total).toBeGreaterThanOrEqual(200);
    expect(body.items).toHaveLength(5);
    expect(body.items.every((item) => item.isDemo && item.title.en.includes('(demo)'))).toBe(true);
    expect((await loadDemoPortfolio({ ctx: testContext(test.db) })).status).toBe('already_loaded');
  });

  it('gives an activity an ETag and refuses a PATCH with a stale If-Match', async () => {
    const [first] = (await test.app.inject({ url: '/api/v1/activities?limit=1', headers: auth })).json<{
      items: { id: string }[];
    }>().items;
    const read = await test.app.inject({ url: `/api/v1/activities/${first?.id}`, headers: auth });
    const etag = read.headers.etag as string;
    expect(etag).toMatch(/^"\d+"$/);
    const stale = `"${Number(etag.replaceAll('"', '')) - 1}"`;
    const response = await test.app.inject({
      method: 'PATCH',
      url: `/api/v1/activities/${first?.id}`,
      headers: { ...auth, 'if-match': stale },
      payload: { tags: ['stale'] },
    });
    expect(response.json()).toMatchObject({ status: 412, code: 'precondition_failed' });
  });

  it('sums funding by country over the seven countries, as exact decimal strings', async () => {
    const response = await test.app.inject({ url: '/api/v1/funding/summary?groupBy=country', headers: auth });
    expect(response.statusCode).toBe(200);
    const summary = response.json<{
      rows: { country: string | null; amountUsd: string }[];
      totalUsd: string;
    }>();
    expect(summary.rows.map((row) => row.country).filter(Boolean)).toEqual(CARSI_COUNTRIES);
    expect(summary.rows.every((row) => /^-?\d+\.\d{2}$/.test(row.amountUsd))).toBe(true);
    const cents = summary.rows.reduce((sum, row) => sum + BigInt(row.amountUsd.replace('.', '')), 0n);
    expect(cents).toBe(BigInt(summary.totalUsd.replace('.', '')));
  });

  it('shows the pipeline with its unobligated and unliquidated balances', async () => {
    const response = await test.app.inject({
      url: '/api/v1/funding/pipeline?groupBy=country',
      headers: auth,
    });
    const pipeline = response.json<{ total: Record<string, string> }>();
    const value = (name: string) => BigInt((pipeline.total[name] ?? '0').replace('.', ''));
    expect(value('allocated')).toBeGreaterThan(0n);
    expect(value('unliquidated')).toBe(value('obligated') - value('disbursed'));
    // Unobligated: appropriated money allocated and not yet obligated (other donors' commitments aside).
    const appropriated = (
      await test.app.inject({
        url: '/api/v1/funding/summary?groupBy=stage&appropriated=true',
        headers: auth,
      })
    ).json<{ rows: { stage: string; amountUsd: string }[] }>().rows;
    const stage = (name: string) =>
      BigInt((appropriated.find((row) => row.stage === name)?.amountUsd ?? '0').replace('.', ''));
    expect(value('unobligated')).toBe(stage('allocation') - stage('obligation'));
    expect(value('unobligated')).toBeGreaterThan(0n);
  });

  it('links the suspension to the activities it hit', async () => {
    const events = (await test.app.inject({ url: '/api/v1/funding-events', headers: auth })).json<{
      items: { kind: string; activityIds: string[] }[];
    }>().items;
    const suspension = events.find((event) => event.kind === 'suspension');
    expect(suspension?.activityIds.length).toBeGreaterThan(0);
    const funding = await test.app.inject({
      url: `/api/v1/activities/${suspension?.activityIds[0]}/funding`,
      headers: auth,
    });
    expect(funding.json<{ events: { kind: string }[] }>().events.map((event) => event.kind)).toContain(
      'suspension',
    );
  });

  it('never loses an update between concurrent writers: one wins per version, retries with the new ETag win later', async () => {
    const [target] = (
      await test.app.inject({ url: '/api/v1/activities?limit=1&sort=title', headers: auth })
    ).json<{
      items: { id: string }[];
    }>().items;
    const url = `/api/v1/activities/${target?.id}`;
    const etag = (await test.app.inject({ url, headers: auth })).headers.etag as string;
    const racers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        test.app.inject({
          method: 'PATCH',
          url,
          headers: { ...auth, 'if-match': etag },
          payload: { tags: [`racer-${index}`] },
        }),
      ),
    );
    expect(racers.map((response) => response.statusCode).sort()).toEqual([200, 412, 412, 412, 412, 412]);

    // Each writer adds its own tag, re-reading after a 412: every tag must survive.
    const writers = Array.from({ length: 5 }, (_, index) => `writer-${index}`);
    await Promise.all(
      writers.map(async (tag) => {
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const current = await test.app.inject({ url, headers: auth });
          const tags = current.json<{ tags: string[] }>().tags;
          const response = await test.app.inject({
            method: 'PATCH',
            url,
            headers: { ...auth, 'if-match': current.headers.etag as string },
            payload: { tags: [...tags, tag] },
          });
          if (response.statusCode === 200) {
            return;
          }
          expect(response.statusCode).toBe(412);
        }
        throw new Error(`${tag} never got its change in`);
      }),
    );
    const final = (await test.app.inject({ url, headers: auth })).json<{ tags: string[] }>().tags;
    expect(final).toEqual(expect.arrayContaining(writers));
  });
});
