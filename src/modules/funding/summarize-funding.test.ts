import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivity, updateActivity } from '@/modules/activities';
import { rebuildFundingCube } from '@/modules/funding-cube';
import { fromUnitsAndNanos, formatNanos, parseDecimal } from '@/shared/money';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../test/db';
import { makeOrganisation } from '../../../test/identity';
import { activityInput } from '../../../test/portfolio';
import { createTransaction } from './create-transaction';
import { deleteTransaction } from './delete-transaction';
import { createExchangeRate } from './exchange-rates';
import { updateTransaction } from './update-transaction';
import { summarizeFunding } from './summarize-funding';

const COUNTRIES = ['BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA'];

/** Hundredths of a percent in `parts` pieces adding up to exactly 10000. */
const splits = (parts: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: parts - 1, maxLength: parts - 1 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10000];
      return points.slice(1).map((point, index) => point - (points[index] ?? 0));
    });

const activityArbitrary = fc.record({
  countries: fc
    .integer({ min: 0, max: 3 })
    .chain((count) =>
      fc.tuple(
        fc.shuffledSubarray(COUNTRIES, { minLength: count, maxLength: count }),
        count === 0 ? fc.constant([]) : splits(count),
      ),
    ),
  goals: fc
    .integer({ min: 0, max: 3 })
    .chain((count) =>
      fc.tuple(
        fc.shuffledSubarray(['1', '2', '3', '4', '5'], { minLength: count, maxLength: count }),
        count === 0 ? fc.constant([]) : splits(count),
      ),
    ),
  transactions: fc.array(
    fc.record({
      type: fc.constantFrom('AL', '1', '2', '3', '4', '11'),
      value: fc
        .tuple(fc.integer({ min: -1_000_000, max: 90_000_000 }), fc.integer({ min: 0, max: 999_999 }))
        .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(6, '0')}`),
      currency: fc.constantFrom('USD', 'EUR', 'GTQ', 'HNL'),
      year: fc.integer({ min: 2010, max: 2024 }),
      fromOther: fc.boolean(),
      account: fc.constantFrom(null, '11x1022', '72x1037'),
    }),
    { maxLength: 6 },
  ),
});

type ActivitySpec = typeof activityArbitrary extends fc.Arbitrary<infer T> ? T : never;

interface StoredTransaction {
  activityId: string;
  type: string;
  currency: string;
  nanos: bigint;
  cents: bigint;
  providerActivityId: string | null;
  /** The grain a split starts from: activity, fiscal year, type, currency. */
  group: string;
}

describe.each(TEST_DIALECTS)('funding summary on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  /** Records a random portfolio for a new organisation; returns it with the stored shares and transactions. */
  async function record(portfolio: ActivitySpec[]) {
    const ctx = testContext(db);
    const organisation = await makeOrganisation(db, { countryCode: 'US' });
    const activities: { id: string; countries: [string, number][]; goals: [string, number][] }[] = [];
    for (const spec of portfolio) {
      const [countryCodes, countryShares] = spec.countries;
      const [goalCodes, goalShares] = spec.goals;
      const activity = await createActivity({
        ctx,
        input: activityInput(organisation.id, {
          recipientCountries: countryCodes.map((code, index) => ({
            code,
            percentage: (countryShares[index] ?? 0) / 100,
          })),
          locations: [],
          attributions: goalCodes.map((element, index) => ({
            framework: 'carsi',
            element,
            percentage: (goalShares[index] ?? 0) / 100,
          })),
        }),
      });
      activities.push({
        id: activity.id,
        countries: countryCodes.map((code, index) => [code, countryShares[index] ?? 0]),
        goals: goalCodes.map((code, index) => [code, goalShares[index] ?? 0]),
      });
    }
    for (const [index, spec] of portfolio.entries()) {
      const self = activities[index]?.id ?? '';
      const other = activities.find((activity) => activity.id !== self)?.id ?? null;
      for (const transaction of spec.transactions) {
        await createTransaction({
          ctx,
          input: {
            activityId: self,
            body: {
              type: transaction.type,
              value: transaction.value,
              currency: transaction.currency,
              valueDate: `${transaction.year}-06-15`,
              providerActivityId: transaction.fromOther ? other : null,
              accountCode: transaction.account,
            },
          },
        });
      }
    }
    const rows = await db.kysely
      .selectFrom('funding_transaction')
      .innerJoin('activity', 'activity.id', 'funding_transaction.activity_id')
      .select([
        'funding_transaction.activity_id',
        'type',
        'currency',
        'amount_units',
        'amount_nanos',
        'usd_cents',
        'provider_activity_id',
        'fiscal_year',
      ])
      .where('activity.reporting_org_id', '=', organisation.id)
      .execute();
    const stored: StoredTransaction[] = rows.map((row) => ({
      activityId: row.activity_id,
      type: row.type,
      currency: row.currency,
      nanos: fromUnitsAndNanos(row.amount_units, row.amount_nanos),
      cents: BigInt(row.usd_cents),
      providerActivityId: row.provider_activity_id,
      group: [row.activity_id, row.fiscal_year, row.type, row.currency].join('|'),
    }));
    return { organisationId: organisation.id, activities, stored };
  }

  const cents = (text: string) => (parseDecimal(text) ?? 0n) / 10_000_000n;

  it('raw sums equal the stored transactions, per currency and type, to the last digit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(activityArbitrary, { minLength: 1, maxLength: 4 }), async (portfolio) => {
        const { organisationId, stored } = await record(portfolio);
        const summary = await summarizeFunding({
          ctx: testContext(db),
          input: { organisation: organisationId, groupBy: 'currency,transactionType', raw: 'true' },
        });
        const expected = new Map<string, { nanos: bigint; cents: bigint; count: number }>();
        for (const transaction of stored) {
          const key = `${transaction.currency}|${transaction.type}`;
          const sum = expected.get(key) ?? { nanos: 0n, cents: 0n, count: 0 };
          expected.set(key, {
            nanos: sum.nanos + transaction.nanos,
            cents: sum.cents + transaction.cents,
            count: sum.count + 1,
          });
        }
        expect(
          Object.fromEntries(
            summary.rows.map((row) => [
              `${row.currency}|${row.transactionType}`,
              [row.amount, cents(row.amountUsd), row.transactions],
            ]),
          ),
        ).toEqual(
          Object.fromEntries(
            [...expected].map(([key, sum]) => [key, [formatNanos(sum.nanos), sum.cents, sum.count]]),
          ),
        );
      }),
      { numRuns: dialect === 'sqlite' ? 25 : 10 },
    );
  });

  it('splits by country and goal without creating or losing money, each cell within a cent per summed group of its exact share', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(activityArbitrary, { minLength: 1, maxLength: 4 }), async (portfolio) => {
        const { organisationId, activities, stored } = await record(portfolio);
        const summary = await summarizeFunding({
          ctx: testContext(db),
          input: { organisation: organisationId, groupBy: 'country,goal' },
        });
        // Counted: everything but the receiving side of transfers between recorded activities.
        const counted = stored.filter(
          (t) => !(['1', '11', '13'].includes(t.type) && t.providerActivityId !== null),
        );
        const total = counted.reduce((sum, t) => sum + t.cents, 0n);
        expect(cents(summary.totalUsd)).toBe(total);
        expect(summary.rows.reduce((sum, row) => sum + cents(row.amountUsd), 0n)).toBe(total);
        // Exact shares as fractions over 10000 × 10000 (activities without shares count whole under null).
        const exact = new Map<string, bigint>();
        for (const t of counted) {
          const activity = activities.find((candidate) => candidate.id === t.activityId);
          const countries: [string | null, number][] = activity?.countries.length
            ? activity.countries
            : [[null, 10000]];
          const goals: [string | null, number][] = activity?.goals.length ? activity.goals : [[null, 10000]];
          for (const [country, countryShare] of countries) {
            for (const [goal, goalShare] of goals) {
              const key = JSON.stringify([country, goal]);
              exact.set(key, (exact.get(key) ?? 0n) + t.cents * BigInt(countryShare) * BigInt(goalShare));
            }
          }
        }
        const scale = 10000n * 10000n;
        // Each group's split is off its exact share by less than a cent, in each cell it reaches.
        const tolerance = BigInt(new Set(counted.map((t) => t.group)).size) * scale;
        for (const row of summary.rows) {
          const key = JSON.stringify([row.country ?? null, row.goal ?? null]);
          const difference = cents(row.amountUsd) * scale - (exact.get(key) ?? 0n);
          expect(difference < 0n ? -difference : difference, key).toBeLessThan(tolerance);
        }
      }),
      { numRuns: dialect === 'sqlite' ? 25 : 10 },
    );
  });

  it('counts a filtered country’s share only, equal to its row when grouped by country', async () => {
    const [portfolio] = fc.sample(fc.array(activityArbitrary, { minLength: 3, maxLength: 4 }), {
      numRuns: 1,
      seed: 42,
    });
    const { organisationId } = await record(portfolio ?? []);
    const ctx = testContext(db);
    const byCountry = await summarizeFunding({
      ctx,
      input: { organisation: organisationId, groupBy: 'country' },
    });
    for (const row of byCountry.rows.filter((candidate) => candidate.country)) {
      const filtered = await summarizeFunding({
        ctx,
        input: { organisation: organisationId, country: row.country ?? '' },
      });
      expect(filtered.totalUsd).toBe(row.amountUsd);
    }
  });

  it('refuses raw figures split by an activity dimension, saying why', async () => {
    await expect(
      summarizeFunding({ ctx: testContext(db), input: { groupBy: 'country', raw: 'true' } }),
    ).rejects.toMatchObject({ code: 'validation_failed', details: { errors: [{ path: 'query.groupBy' }] } });
  });

  /** The stored cube without empty cells, in a stable order. */
  async function storedCube() {
    const rows = await db.kysely.selectFrom('funding_cube').selectAll().execute();
    return rows
      .map((row) => ({
        ...row,
        usd_cents: String(row.usd_cents),
        amount: formatNanos(fromUnitsAndNanos(String(row.amount_units), String(row.amount_nanos))),
        amount_units: undefined,
        amount_nanos: undefined,
      }))
      .filter(
        (row) =>
          row.usd_cents !== '0' ||
          row.amount !== '0' ||
          row.transactions !== 0 ||
          row.lead_transactions !== 0,
      )
      .map((row) => JSON.stringify(row))
      .sort();
  }

  it('answers from the funding cube exactly what the full computation gives', async () => {
    const queries = [
      'country',
      'goal',
      'country,goal,fiscalYear',
      'stage,currency',
      'transactionType,fiscalYear',
      '',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(activityArbitrary, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...queries),
        fc.boolean(),
        async (portfolio, groupBy, appropriatedOnly) => {
          await record(portfolio);
          const ctx = testContext(db);
          // The cube holds the whole portfolio, so the comparison is on all of it (organisation is no cube filter).
          const input = {
            groupBy,
            fiscalYearFrom: '2012',
            ...(appropriatedOnly ? { appropriated: 'true' as const } : {}),
          };
          expect(await summarizeFunding({ ctx, input })).toEqual(
            await summarizeFunding({ ctx, input, useCube: false }),
          );
        },
      ),
      { numRuns: dialect === 'sqlite' ? 15 : 6 },
    );
  });

  it('keeps the cube equal to a rebuild through changes of money, shares and rates', async () => {
    const [portfolio] = fc.sample(fc.array(activityArbitrary, { minLength: 2, maxLength: 3 }), {
      numRuns: 1,
      seed: 7,
    });
    const { activities } = await record(portfolio ?? []);
    const ctx = testContext(db);
    const [first, second] = activities;
    const transactions = await db.kysely
      .selectFrom('funding_transaction')
      .select(['id', 'activity_id', 'version'])
      .where(
        'activity_id',
        'in',
        activities.map((activity) => activity.id),
      )
      .execute();
    const [one, two] = transactions;
    if (one !== undefined) {
      await updateTransaction({
        ctx,
        input: {
          activityId: one.activity_id,
          id: one.id,
          expectedVersion: one.version,
          patch: { value: '123.45', type: '4' },
        },
      });
    }
    if (two !== undefined) {
      await deleteTransaction({
        ctx,
        input: { activityId: two.activity_id, id: two.id, expectedVersion: two.version },
      });
    }
    if (first !== undefined) {
      await updateActivity({
        ctx,
        input: {
          id: first.id,
          expectedVersion: 1,
          patch: {
            recipientCountries: [
              { code: 'GT', percentage: 30 },
              { code: 'PA', percentage: 70 },
            ],
            attributions: [{ framework: 'carsi', element: '2', percentage: 100 }],
          },
        },
      });
      await createTransaction({
        ctx,
        input: {
          activityId: first.id,
          body: {
            type: '3',
            value: '1000.01',
            currency: 'EUR',
            valueDate: '2016-04-04',
            providerActivityId: second?.id ?? null,
          },
        },
      });
    }
    await createExchangeRate({
      ctx,
      input: { currency: 'EUR', period: '2016-04', unitsPerUsd: '0.9', source: 'test rate' },
    });
    const maintained = await storedCube();
    await rebuildFundingCube(db.kysely);
    expect(maintained).toEqual(await storedCube());
  });

  it('keeps the cube right when changes to one activity run at the same time', async () => {
    const [portfolio] = fc.sample(fc.array(activityArbitrary, { minLength: 1, maxLength: 1 }), {
      numRuns: 1,
      seed: 11,
    });
    const { activities } = await record(portfolio ?? []);
    const activityId = activities[0]?.id ?? '';
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        createTransaction({
          ctx: testContext(db),
          input: { activityId, body: { type: '3', value: `${index + 1}00.00`, valueDate: '2019-03-03' } },
        }),
      ),
    );
    const maintained = await storedCube();
    await rebuildFundingCube(db.kysely);
    expect(maintained).toEqual(await storedCube());
  });

  it('splits appropriated and other money the same way in the cube and in the full computation', async () => {
    const ctx = testContext(db);
    const organisation = await makeOrganisation(db, { countryCode: 'US' });
    const activity = await createActivity({
      ctx,
      input: activityInput(organisation.id, {
        recipientCountries: [
          { code: 'GT', percentage: 33.34 },
          { code: 'HN', percentage: 33.33 },
          { code: 'SV', percentage: 33.33 },
        ],
        locations: [],
      }),
    });
    for (const accountCode of ['11x1022', null]) {
      await createTransaction({
        ctx,
        input: {
          activityId: activity.id,
          body: { type: '4', value: '0.01', valueDate: '2031-05-05', accountCode },
        },
      });
    }
    const input = { groupBy: 'country', fiscalYear: '2031' };
    const fromCube = await summarizeFunding({ ctx, input });
    expect(fromCube).toEqual(await summarizeFunding({ ctx, input, useCube: false }));
    expect(fromCube.totalUsd).toBe('0.02');
  });

  it('refuses a split into more parts than the server can make at once, saying how to narrow it', async () => {
    const ctx = testContext(db);
    const organisation = await makeOrganisation(db, { countryCode: 'US' });
    const subdivisions = await db.kysely
      .selectFrom('subdivision')
      .select(['code', 'country_code'])
      .orderBy('code')
      .execute();
    const sectors = ['15210', '15220', '15130', '15160', '15110', '15114'];
    const activity = await createActivity({
      ctx,
      input: activityInput(organisation.id, {
        recipientCountries: COUNTRIES.map((code, index) => ({
          code,
          percentage: index === 0 ? 14.32 : 14.28,
        })),
        attributions: ['1', '2', '3', '4', '5'].map((element) => ({
          framework: 'carsi',
          element,
          percentage: 20,
        })),
        locations: subdivisions.map((subdivision, index) => ({
          subdivisionCode: subdivision.code,
          name: '',
          latitude: null,
          longitude: null,
          percentage: index === 0 ? 100 - 1.02 * (subdivisions.length - 1) : 1.02,
        })),
        sectors: sectors.map((code, index) => ({
          vocabulary: '1',
          code,
          percentage: index === 0 ? 16.7 : 16.66,
        })),
      }),
    });
    await createTransaction({
      ctx,
      input: { activityId: activity.id, body: { type: '3', value: '1', valueDate: '2020-01-01' } },
    });
    await expect(
      summarizeFunding({ ctx, input: { organisation: organisation.id, groupBy: 'subdivision,sector' } }),
    ).rejects.toMatchObject({ details: { errors: [{ path: 'query.groupBy', code: 'too_many_parts' }] } });
  });
});
