import { changeActivityWorkflow, createActivity, type ActivityOutput } from '@/modules/activities';
import { createBudget, createTransaction } from '@/modules/funding';
import type { ServiceContext } from '@/platform/context';
import { demoActivityInput, pickCountry, pickTheme, type DemoPlace } from './demo-activity-inputs';
import { amountOf, demoTransactions } from './demo-money';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from './demo-organisations';
import type { DemoRandom } from './demo-random';

/** How big a typical amount is in each currency (about USD 10,000). */
const SCALE: Record<string, number> = {
  USD: 10_000, EUR: 9_000, CAD: 13_000, MXN: 180_000, COP: 40_000_000, GTQ: 78_000,
  HNL: 245_000, CRC: 5_300_000, NIO: 360_000, BZD: 20_000, PAB: 10_000,
}; // prettier-ignore

/** What the demo's builders share while they record the portfolio. */
export interface Loader {
  readonly ctx: ServiceContext;
  readonly random: DemoRandom;
  readonly orgIds: Map<string, string>;
  readonly subdivisions: Map<string, string[]>;
  counts: { activities: number; transactions: number; budgets: number };
  sequence: number;
}

/** Where a demo activity takes place: the region, the home country, or a country picked by weight. */
export function placeFor(loader: Loader, regional: boolean, homeCountry?: string | null): DemoPlace {
  if (regional) {
    return { kind: 'regional' };
  }
  // A partner government works in its own country; donors anywhere in the region.
  const code = homeCountry ?? pickCountry(loader.random);
  return { kind: 'country', code, subdivisions: loader.subdivisions.get(code) ?? [] };
}

/** Records one demo activity (programme, project or activity) with its money and workflow state. */
export async function addActivity(
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
