import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { createOrganisation } from '@/modules/partners';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { addEvents, addPassThrough } from './demo-chains';
import { addActivity, placeFor, type Loader } from './demo-loader';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DemoRandom } from './demo-random';

const ACTIVITIES_PER_PROJECT = 7;

/** What `carsi demo` reports: whether it loaded, and how many records of each kind. */
export interface DemoResult {
  readonly status: 'loaded' | 'already_loaded';
  readonly organisations: number;
  readonly activities: number;
  readonly transactions: number;
  readonly budgets: number;
  readonly events: number;
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
        const home = donor.role === 'government' ? donor.countryCode : null;
        const programme = await addActivity(
          loader,
          donor,
          {
            level: 'programme',
            parentId: null,
            place: placeFor(loader, regional, home),
            startYear,
            years: 6,
          },
          false,
        );
        for (let j = 0; j < 2; j += 1) {
          const project = await addActivity(
            loader,
            donor,
            {
              level: 'project',
              parentId: programme.id,
              place: placeFor(loader, regional && j === 0, home),
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
                place: placeFor(loader, regional && k === 0, home),
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
