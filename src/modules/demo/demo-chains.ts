import type { ActivityOutput } from '@/modules/activities';
import { createFundingEvent, createTransaction } from '@/modules/funding';
import { addActivity, placeFor, type Loader } from './demo-loader';
import { amountOf, dateInFiscalYear } from './demo-money';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from './demo-organisations';

/**
 * A pass-through chain: a donor activity disburses to an implementer's activity, which records the money
 * as incoming funds from it and spends it.
 */
export async function addPassThrough(
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

/** The suspension of US assistance to the northern countries, and the reprogramming that followed. */
export async function addEvents(loader: Loader, suspended: readonly string[]): Promise<number> {
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
