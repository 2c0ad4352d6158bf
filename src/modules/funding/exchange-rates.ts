import type { Transaction } from 'kysely';
import { z } from 'zod';
import { maintainFundingCube } from '@/modules/funding-cube';
import type { Database } from '@/platform/db/database';
import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { fromUnitsAndNanos, parseRate, toUsdCents } from '@/shared/money';
import { findUsdRate } from './find-usd-rate';

export const ExchangeRateInput = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "GTQ"'),
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a month YYYY-MM or a day YYYY-MM-DD'),
  unitsPerUsd: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,12})?$/, 'must be a positive decimal such as "7.7512"'),
  source: z
    .string()
    .trim()
    .min(3)
    .max(300)
    .describe('where the rate comes from, e.g. "Banco de Guatemala, tipo de cambio de referencia"'),
});
export type ExchangeRateInput = z.input<typeof ExchangeRateInput>;

export const ExchangeRateQuery = z.strictObject({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
    .optional(),
});

export const ExchangeRateOutput = z
  .object({
    currency: z.string(),
    period: z.string(),
    unitsPerUsd: z.string(),
    source: z.string(),
    enteredBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ExchangeRate' });
export type ExchangeRateOutput = z.infer<typeof ExchangeRateOutput>;

type RateRow = {
  currency: string;
  period: string;
  units_per_usd: string;
  source: string;
  entered_by: string | null;
  created_at: string;
};
const toOutput = (row: RateRow): ExchangeRateOutput => ({
  currency: row.currency,
  period: row.period,
  unitsPerUsd: row.units_per_usd,
  source: row.source,
  enteredBy: row.entered_by,
  createdAt: row.created_at,
});

/** The rates users entered (newest period first); the shipped monthly series is not listed. */
export async function listExchangeRates({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof ExchangeRateQuery>;
}): Promise<{ items: ExchangeRateOutput[] }> {
  authorize(ctx.actor, 'funding.read');
  const query = parseInput(ExchangeRateQuery, input, 'query');
  let select = ctx.db
    .selectFrom('exchange_rate')
    .selectAll()
    .orderBy('period', 'desc')
    .orderBy('currency')
    .limit(1000);
  if (query.currency !== undefined) {
    select = select.where('currency', '=', query.currency);
  }
  return { items: (await select.execute()).map(toOutput) };
}

/**
 * Records a rate with its source and converts again the transactions and budgets in that currency
 * whose value date falls in the period, so every dollar figure uses the best rate known.
 * @throws ForbiddenError; ValidationError
 */
export async function createExchangeRate({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ExchangeRateInput;
}): Promise<ExchangeRateOutput & { reconverted: number }> {
  authorize(ctx.actor, 'exchange_rate.create');
  const fields = parseInput(ExchangeRateInput, input, 'body');
  if (parseRate(fields.unitsPerUsd) === undefined) {
    throw new ValidationError([
      {
        path: 'body.unitsPerUsd',
        code: 'too_small',
        message: { es: 'Debe ser mayor que cero.', en: 'Must be greater than zero.' },
      },
    ]);
  }
  return withTransaction(ctx, async (trx) => {
    const row: RateRow = {
      currency: fields.currency,
      period: fields.period,
      units_per_usd: fields.unitsPerUsd,
      source: fields.source,
      entered_by: ctx.actor.type === 'user' ? ctx.actor.email : ctx.actor.type,
      created_at: ctx.now().toISOString(),
    };
    await trx
      .insertInto('exchange_rate')
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(['currency', 'period', 'source']).doUpdateSet({
          units_per_usd: row.units_per_usd,
          entered_by: row.entered_by,
          created_at: row.created_at,
        }),
      )
      .execute();
    // Dollar figures change, so the funding cube of the activities concerned is kept up to date too.
    const affected = await trx
      .selectFrom('funding_transaction')
      .select('activity_id')
      .distinct()
      .where('currency', '=', fields.currency)
      .where('value_date', 'like', `${fields.period}%`)
      .execute();
    const reconverted = await maintainFundingCube(
      trx,
      affected.map((row) => row.activity_id),
      () => reconvert(trx, fields.currency, fields.period),
    );
    await recordAudit(trx, ctx, {
      action: 'exchange_rate.create',
      entity: 'exchange_rate',
      entityId: `${row.currency}/${row.period}`,
      details: { after: row, reconverted },
    });
    return { ...toOutput(row), reconverted };
  });
}

/**
 * Converts again the money in `currency` whose value date falls in `period`, except in locked fiscal years;
 * returns how many records.
 */
async function reconvert(trx: Transaction<Database>, currency: string, period: string): Promise<number> {
  let reconverted = 0;
  for (const table of ['funding_transaction', 'budget'] as const) {
    // Money in a fiscal year its organisation has locked keeps the conversion it was locked with.
    const rows = await trx
      .selectFrom(`${table} as money` as 'budget as money')
      .innerJoin('activity', 'activity.id', 'money.activity_id')
      .select(['money.id', 'money.amount_units', 'money.amount_nanos', 'money.value_date'])
      .where('money.currency', '=', currency)
      .where('money.value_date', 'like', `${period}%`)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('period_lock')
              .select('period_lock.fiscal_year')
              .whereRef('period_lock.organisation_id', '=', 'activity.reporting_org_id')
              .whereRef('period_lock.fiscal_year', '=', 'money.fiscal_year'),
          ),
        ),
      )
      .execute();
    for (const money of rows) {
      const rate = await findUsdRate(trx, currency, money.value_date);
      if (rate === undefined) {
        continue;
      }
      const cents = toUsdCents(fromUnitsAndNanos(money.amount_units, money.amount_nanos), rate.unitsPerUsd);
      await trx
        .updateTable(table)
        .set({
          usd_cents: cents.toString(),
          usd_rate: rate.unitsPerUsd,
          usd_rate_period: rate.period,
          usd_rate_source: rate.source,
        })
        .where('id', '=', money.id)
        .execute();
      reconverted += 1;
    }
  }
  return reconverted;
}
