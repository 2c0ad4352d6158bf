import { authorize } from '@/modules/access';
import { changeActivityWorkflow, createActivity, type ActivityOutput } from '@/modules/activities';
import { recordAudit } from '@/modules/audit';
import { createBudget, createFundingEvent, createTransaction } from '@/modules/funding';
import { createOrganisation } from '@/modules/partners';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { demoActivityInput, pickCountry, pickTheme, type DemoPlace } from './demo-activity-inputs';
import { amountOf, dateInFiscalYear, demoTransactions } from './demo-money';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from './demo-organisations';
import { DemoRandom } from './demo-random';

/** How big a typical amount is in each currency (about USD 10,000). */
const SCALE: Record<string, number> = {
  USD: 10_000, EUR: 9_000, CAD: 13_000, MXN: 180_000, COP: 40_000_000, GTQ: 78_000,
  HNL: 245_000, CRC: 5_300_000, NIO: 360_000, BZD: 20_000, PAB: 10_000,
}; // prettier-ignore

const ACTIVITIES_PER_PROJECT = 7;

export interface DemoResult {
  readonly status: 'loaded' | 'already_loaded';
  readonly organisations: number;
  readonly activities: number;
  readonly transactions: number;
  readonly budgets: number;
  readonly events: number;
}

interface Loader {
  readonly ctx: ServiceContext;
  readonly random: DemoRandom;
  readonly orgIds: Map<string, string>;
  readonly subdivisions: Map<string, string[]>;
  counts: { activities: number; transactions: number; budgets: number };
  sequence: number;
}

function placeFor(loader: Loader, regional: boolean): DemoPlace {
  if (regional) {
    return { kind: 'regional' };
  }
  const code = pickCountry(loader.random);
  return { kind: 'country', code, subdivisions: loader.subdivisions.get(code) ?? [] };
}

/** Records one demo activity (programme, project or activity) with its money and workflow state. */
async function addActivity(
  loader: Loader,
  org: DemoOrganisation,
  spec: {
    level: 'programme' | 'project' | 'activity';
    parentId: string | null;
    place: DemoPlace;
    startYear: number;
    years: number;
  },
  withMoney: boolean,
): Promise<ActivityOutput> {
  const { random, ctx } = loader;
  loader.sequence += 1;
  const orgId = loader.orgIds.get(org.key) ?? '';
  const implementer = random.pick(DEMO_ORGANISATIONS.filter((candidate) => candidate.role !== 'donor'));
  const activity = await createActivity({
    ctx,
    demo: true,
    input: demoActivityInput(random, {
      ...spec,
      reportingOrgId: orgId,
      identifier: `XX-DEMO-${org.key}-${String(loader.sequence).padStart(4, '0')}`,
      theme: pickTheme(random),
      currency: org.currency,
      participants: [
        { organisationId: orgId, role: '1' },
        { organisationId: loader.orgIds.get(implementer.key) ?? '', role: '4' },
      ],
    }),
  });
  loader.counts.activities += 1;
  if (withMoney) {
    await addMoney(loader, org, activity.id, spec);
  }
  await advanceWorkflow(loader, activity);
  return activity;
}

async function addMoney(
  loader: Loader,
  org: DemoOrganisation,
  activityId: string,
  spec: { startYear: number; years: number },
) {
  const { random, ctx } = loader;
  const scale = SCALE[org.currency] ?? 10_000;
  const transactions = demoTransactions(random, {
    ...spec,
    fiscalYearStartMonth: org.fiscalYearStartMonth,
    scale,
    ...(org.accounts === undefined ? {} : { accounts: org.accounts }),
    government: org.role === 'government',
  });
  for (const body of transactions) {
    await createTransaction({ ctx, input: { activityId, body } });
    loader.counts.transactions += 1;
  }
  for (let year = spec.startYear; year < spec.startYear + Math.min(spec.years, 3); year += 1) {
    await createBudget({
      ctx,
      input: {
        activityId,
        body: {
          type: '1',
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          value: amountOf(random, scale * random.int(20, 150)),
        },
      },
    });
    loader.counts.budgets += 1;
  }
}

/** Most demo records are published; some wait at each earlier step, so every state can be seen. */
async function advanceWorkflow(loader: Loader, activity: ActivityOutput) {
  const roll = loader.random.next();
  const steps =
    roll < 0.05
      ? []
      : roll < 0.15
        ? ['submit']
        : roll < 0.25
          ? ['submit', 'approve']
          : ['submit', 'approve', 'publish'];
  let version = activity.version;
  for (const action of steps as ('submit' | 'approve' | 'publish')[]) {
    const next = await changeActivityWorkflow({
      ctx: loader.ctx,
      input: { id: activity.id, expectedVersion: version, body: { action } },
    });
    version = next.version;
  }
}

/**
 * A pass-through chain: a donor activity disburses to an implementer's activity, which records the money
 * as incoming funds from it and spends it.
 */
async function addPassThrough(
  loader: Loader,
  donor: DemoOrganisation,
  source: ActivityOutput,
  startYear: number,
) {
  const implementer = loader.random.pick(DEMO_ORGANISATIONS.filter((org) => org.role === 'implementer'));
  const place = placeFor(loader, false);
  const receiver = await addActivity(
    loader,
    implementer,
    { level: 'activity', parentId: null, place, startYear, years: 2 },
    false,
  );
  const value = amountOf(loader.random, 10_000 * loader.random.int(10, 80));
  const date = dateInFiscalYear(loader.random, startYear, donor.fiscalYearStartMonth);
  const common = { value, valueDate: date, currency: 'USD' };
  await createTransaction({
    ctx: loader.ctx,
    input: {
      activityId: source.id,
      body: {
        ...common,
        type: '3',
        receiverOrgId: loader.orgIds.get(implementer.key) ?? null,
        receiverActivityId: receiver.id,
        accountCode: donor.accounts?.[0] ?? null,
        description: 'Pass-through to implementer (demo)',
      },
    },
  });
  await createTransaction({
    ctx: loader.ctx,
    input: {
      activityId: receiver.id,
      body: {
        ...common,
        type: '1',
        providerOrgId: loader.orgIds.get(donor.key) ?? null,
        providerActivityId: source.id,
        description: 'Received from donor activity (demo)',
      },
    },
  });
  await createTransaction({
    ctx: loader.ctx,
    input: {
      activityId: receiver.id,
      body: {
        ...common,
        type: '4',
        value: amountOf(loader.random, Number(value) * 0.8),
        description: 'Spent (demo)',
      },
    },
  });
  loader.counts.transactions += 3;
}

/**
 * Loads the fictional, clearly labelled demo portfolio: ≥ 200 activities across the seven countries and
 * regional programmes, 21 organisations (11 donors and agencies), all five goals, every stage from 2008 to
 * 2026, several currencies, sub-national locations, pass-through chains, a suspension and a
 * reprogramming. Every record is marked demo. Runs once: an instance that has it gets `already_loaded`.
 * @throws ForbiddenError
 */
export async function loadDemoPortfolio({ ctx }: { ctx: ServiceContext }): Promise<DemoResult> {
  authorize(ctx.actor, 'demo.load');
  return withTransaction(ctx, async (trx) => {
    const existing = await trx
      .selectFrom('organisation')
      .select('id')
      .where('is_demo', '=', 1)
      .executeTakeFirst();
    if (existing !== undefined) {
      return {
        status: 'already_loaded',
        organisations: 0,
        activities: 0,
        transactions: 0,
        budgets: 0,
        events: 0,
      };
    }
    const txCtx = { ...ctx, db: trx };
    const subdivisions = new Map<string, string[]>();
    for (const row of await trx
      .selectFrom('subdivision')
      .select(['code', 'country_code'])
      .orderBy('code')
      .execute()) {
      subdivisions.set(row.country_code, [...(subdivisions.get(row.country_code) ?? []), row.code]);
    }
    const loader: Loader = {
      ctx: txCtx,
      random: new DemoRandom(2008),
      orgIds: new Map(),
      subdivisions,
      counts: { activities: 0, transactions: 0, budgets: 0 },
      sequence: 0,
    };
    for (const org of DEMO_ORGANISATIONS) {
      const created = await createOrganisation({
        ctx: txCtx,
        demo: true,
        input: {
          name: org.name,
          type: org.type,
          countryCode: org.countryCode,
          iatiIdentifier: `XX-DEMO-${org.key}`,
          fiscalYearStartMonth: org.fiscalYearStartMonth,
        },
      });
      loader.orgIds.set(org.key, created.id);
    }
    const suspended: string[] = [];
    const donors = DEMO_ORGANISATIONS.filter((org) => org.role !== 'implementer');
    for (const [index, donor] of donors.entries()) {
      const programmes = donor.key === 'INL' ? 4 : donor.key === 'USAID' ? 3 : 1;
      for (let p = 0; p < programmes; p += 1) {
        const startYear = 2008 + ((index * 3 + p * 5) % 15);
        const regional = donor.role === 'donor' && p === 0;
        const programme = await addActivity(
          loader,
          donor,
          { level: 'programme', parentId: null, place: placeFor(loader, regional), startYear, years: 6 },
          false,
        );
        for (let j = 0; j < 2; j += 1) {
          const project = await addActivity(
            loader,
            donor,
            {
              level: 'project',
              parentId: programme.id,
              place: placeFor(loader, regional && j === 0),
              startYear: startYear + j,
              years: 4,
            },
            false,
          );
          const count = donor.role === 'government' ? 3 : ACTIVITIES_PER_PROJECT;
          for (let k = 0; k < count; k += 1) {
            const activityStart = Math.min(startYear + j + loader.random.int(0, 3), 2025);
            const activity = await addActivity(
              loader,
              donor,
              {
                level: 'activity',
                parentId: project.id,
                place: placeFor(loader, regional && k === 0),
                startYear: activityStart,
                years: loader.random.int(2, 5),
              },
              true,
            );
            const isUs = donor.key === 'INL' || donor.key === 'USAID';
            if (isUs && k === 0) {
              await addPassThrough(loader, donor, activity, activityStart);
            }
            const country = activity.recipientCountries[0]?.code;
            if (
              isUs &&
              country !== undefined &&
              ['GT', 'HN', 'SV'].includes(country) &&
              activityStart <= 2019 &&
              activityStart + 1 >= 2018
            ) {
              suspended.push(activity.id);
            }
          }
        }
      }
    }
    const events = await addEvents(loader, suspended);
    const result: DemoResult = {
      status: 'loaded',
      organisations: loader.orgIds.size,
      ...loader.counts,
      events,
    };
    await recordAudit(trx, ctx, {
      action: 'demo.load',
      entity: 'demo_portfolio',
      entityId: 'demo',
      details: { ...result },
    });
    return result;
  });
}

async function addEvents(loader: Loader, suspended: readonly string[]): Promise<number> {
  if (suspended.length === 0) {
    return 0;
  }
  await createFundingEvent({
    ctx: loader.ctx,
    demo: true,
    input: {
      kind: 'suspension',
      eventDate: '2019-03-30',
      title: {
        es: 'Suspensión de la asistencia a El Salvador, Guatemala y Honduras (ficticio, demo)',
        en: 'Suspension of assistance to El Salvador, Guatemala and Honduras (fictional, demo)',
      },
      description: {
        es: 'Evento ficticio del portafolio de demostración.',
        en: 'Fictional event of the demo portfolio.',
      },
      activityIds: [...suspended],
    },
  });
  await createFundingEvent({
    ctx: loader.ctx,
    demo: true,
    input: {
      kind: 'reprogramming',
      eventDate: '2019-09-15',
      title: {
        es: 'Reprogramación de fondos suspendidos (ficticio, demo)',
        en: 'Reprogramming of suspended funds (fictional, demo)',
      },
      activityIds: suspended.slice(0, Math.max(1, Math.floor(suspended.length / 2))),
    },
  });
  return 2;
}
