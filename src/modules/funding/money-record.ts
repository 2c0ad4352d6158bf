import type { Kysely } from 'kysely';
import { authorize, type Permission } from '@/modules/access';
import type { Actor } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import { AppError, NotFoundError, PreconditionFailedError, type FieldProblem } from '@/platform/errors';
import type { BudgetRow, FundingTransactionRow } from './funding.table';
import { fiscalYearOf } from '@/shared/fiscal-year';
import { parseDecimal, toUnitsAndNanos, toUsdCents } from '@/shared/money';
import { findUsdRate } from './find-usd-rate';

/** What money verbs need of the activity a transaction or budget belongs to. */
export interface FundedActivity {
  readonly id: string;
  readonly reportingOrgId: string;
  readonly primaryCountry: string | null;
  readonly defaultCurrency: string;
  readonly isDemo: boolean;
  readonly fiscalYearStartMonth: number;
}

/**
 * The activity, once the actor is known to hold `permission` over it.
 * @throws NotFoundError `activity_not_found`; ForbiddenError
 */
export async function loadFundedActivity(
  db: Kysely<Database>,
  actor: Actor,
  permission: Permission,
  activityId: string,
): Promise<FundedActivity> {
  const row = await db
    .selectFrom('activity')
    .innerJoin('organisation', 'organisation.id', 'activity.reporting_org_id')
    .select([
      'activity.id',
      'activity.reporting_org_id',
      'activity.primary_country',
      'activity.default_currency',
      'activity.is_demo',
      'organisation.fiscal_year_start_month',
    ])
    .where('activity.id', '=', activityId)
    .executeTakeFirst();
  if (row === undefined) {
    throw new NotFoundError('activity_not_found', activityId);
  }
  authorize(actor, permission, { organisationId: row.reporting_org_id, countryCode: row.primary_country });
  return {
    id: row.id,
    reportingOrgId: row.reporting_org_id,
    primaryCountry: row.primary_country,
    defaultCurrency: row.default_currency,
    isDemo: row.is_demo === 1,
    fiscalYearStartMonth: row.fiscal_year_start_month,
  };
}

/** Dollar figures stay below 2^53 cents, so every database and JavaScript reads them exactly. */
export const MAX_EXACT_CENTS = 9_007_199_254_740_991n;

/** The stored money columns of a value, with its conversion to US dollars; or the problems found. */
export async function priceValue(
  db: Kysely<Database>,
  money: { value: string; currency: string; valueDate: string },
): Promise<
  | {
      ok: true;
      columns: {
        amount_units: string;
        amount_nanos: number;
        usd_cents: string;
        usd_rate: string;
        usd_rate_period: string;
        usd_rate_source: string;
      };
    }
  | { ok: false; problems: FieldProblem[] }
> {
  const nanos = parseDecimal(money.value);
  const problems: FieldProblem[] = [];
  if (nanos === undefined) {
    problems.push({
      path: 'body.value',
      code: 'invalid_format',
      message: {
        es: 'Debe ser un número decimal, p. ej. "1250000.00".',
        en: 'Must be a decimal number, e.g. "1250000.00".',
      },
    });
  }
  const known = await db
    .selectFrom('codelist_item')
    .select('code')
    .where('codelist_name', '=', 'Currency')
    .where('code', '=', money.currency)
    .executeTakeFirst();
  if (known === undefined) {
    problems.push({
      path: 'body.currency',
      code: 'unknown_code',
      message: {
        es: `"${money.currency}" no es una moneda ISO 4217.`,
        en: `"${money.currency}" is not an ISO 4217 currency.`,
      },
    });
    return { ok: false, problems };
  }
  const rate = await findUsdRate(db, money.currency, money.valueDate);
  if (rate === undefined) {
    problems.push({
      path: 'body.currency',
      code: 'no_exchange_rate',
      message: {
        es: `No hay tipo de cambio de ${money.currency} a USD para ${money.valueDate}; registre uno con su fuente (Financiamiento → Tipos de cambio).`,
        en: `There is no ${money.currency}→USD exchange rate for ${money.valueDate}; enter one with its source (Funding → Exchange rates).`,
      },
    });
  }
  if (nanos === undefined || rate === undefined) {
    return { ok: false, problems };
  }
  const cents = toUsdCents(nanos, rate.unitsPerUsd);
  if (cents > MAX_EXACT_CENTS || cents < -MAX_EXACT_CENTS) {
    return {
      ok: false,
      problems: [
        {
          path: 'body.value',
          code: 'too_big',
          message: {
            es: 'El valor en dólares supera el máximo que la plataforma suma con exactitud (90 billones de USD).',
            en: 'The value in dollars exceeds the largest the platform sums exactly (USD 90 trillion).',
          },
        },
      ],
    };
  }
  const { units, nanos: fraction } = toUnitsAndNanos(nanos);
  return {
    ok: true,
    columns: {
      amount_units: units.toString(),
      amount_nanos: fraction,
      usd_cents: cents.toString(),
      usd_rate: rate.unitsPerUsd,
      usd_rate_period: rate.period,
      usd_rate_source: rate.source,
    },
  };
}

export function fiscalYearFor(activity: FundedActivity, date: string): number {
  return fiscalYearOf(date, activity.fiscalYearStartMonth);
}

/**
 * Refuses a change to money in a fiscal year its organisation has locked.
 * @throws AppError `period_locked`
 */
export async function assertPeriodOpen(
  db: Kysely<Database>,
  organisationId: string,
  fiscalYear: number,
): Promise<void> {
  const lock = await db
    .selectFrom('period_lock')
    .select('locked_at')
    .where('organisation_id', '=', organisationId)
    .where('fiscal_year', '=', fiscalYear)
    .executeTakeFirst();
  if (lock !== undefined) {
    throw new AppError('period_locked', undefined, { fiscalYear, organisationId });
  }
}

interface MoneyTables {
  funding_transaction: FundingTransactionRow;
  budget: BudgetRow;
}

/**
 * The transaction or budget about to change, with its activity, once the actor may change it, it is still
 * at `expectedVersion` and its fiscal year is open.
 * @throws NotFoundError; ForbiddenError; PreconditionFailedError; AppError `period_locked`
 */
export async function loadMoneyForChange<T extends keyof MoneyTables>(
  db: Kysely<Database>,
  actor: Actor,
  table: T,
  target: { activityId: string; id: string; expectedVersion: number },
): Promise<{ activity: FundedActivity; before: MoneyTables[T] }> {
  const activity = await loadFundedActivity(db, actor, 'funding.write', target.activityId);
  // Kysely cannot type a table chosen at run time; the signature keeps callers typed.
  const before = (await db
    .selectFrom(table as 'budget')
    .selectAll()
    .where('id', '=', target.id)
    .where('activity_id', '=', activity.id)
    .executeTakeFirst()) as MoneyTables[T] | undefined;
  if (before === undefined) {
    throw new NotFoundError(table === 'budget' ? 'budget_not_found' : 'transaction_not_found', target.id);
  }
  if (before.version !== target.expectedVersion) {
    throw new PreconditionFailedError();
  }
  await assertPeriodOpen(db, activity.reportingOrgId, before.fiscal_year);
  return { activity, before };
}
