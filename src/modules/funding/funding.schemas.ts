import { z } from 'zod';
import { PublishedExtensions } from '@/shared/published-extensions';
import { TRANSACTION_TYPES, FUNDING_STAGES } from '@/shared/funding-stages';

const IsoDate = z.iso.date('must be a date YYYY-MM-DD');
const Id = z.string().min(1).max(40);

/** Money in the API: a decimal string (never a JSON number, which would be a float). */
export const MoneyValue = z
  .string()
  .trim()
  .regex(/^-?\d{1,15}(\.\d{1,9})?$/, 'must be a decimal number as text, e.g. "1250000.00"')
  .describe('exact decimal as a string: up to 15 digits before the point and 9 after');
const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"');

const transactionFields = {
  type: z.enum(TRANSACTION_TYPES).describe('IATI TransactionType code, or `AL` for a US allocation'),
  value: MoneyValue,
  currency: Currency,
  valueDate: IsoDate.describe('the date whose exchange rate converts the value'),
  transactionDate: IsoDate,
  accountCode: z.string().trim().min(1).max(20).nullable().describe('appropriation account, e.g. 11x1022'),
  providerOrgId: Id.nullable(),
  providerActivityId: Id.nullable().describe('the activity the money comes from (pass-through chains)'),
  receiverOrgId: Id.nullable(),
  receiverActivityId: Id.nullable().describe('the activity the money goes to (pass-through chains)'),
  description: z.string().trim().max(2000),
};

export const TransactionInput = z.strictObject({
  ...transactionFields,
  currency: Currency.optional().describe("default: the activity's default currency"),
  transactionDate: IsoDate.optional().describe('default: the value date'),
  accountCode: transactionFields.accountCode.default(null),
  providerOrgId: transactionFields.providerOrgId.default(null),
  providerActivityId: transactionFields.providerActivityId.default(null),
  receiverOrgId: transactionFields.receiverOrgId.default(null),
  receiverActivityId: transactionFields.receiverActivityId.default(null),
  description: transactionFields.description.default(''),
});
export type TransactionInput = z.input<typeof TransactionInput>;

export const TransactionPatch = z.strictObject(
  Object.fromEntries(Object.entries(transactionFields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof transactionFields]: z.ZodOptional<(typeof transactionFields)[K]>;
  },
);
export type TransactionPatch = z.input<typeof TransactionPatch>;

export const UsdRateOutput = z
  .object({
    unitsPerUsd: z.string(),
    period: z.string().describe('day or month of the rate, or `fixed`'),
    source: z.string(),
    sourceLabel: z
      .object({ es: z.string(), en: z.string() })
      .describe('the source in each language (shipped sources are translated; typed ones shown as typed)'),
  })
  .meta({ id: 'UsdRate' });

const moneyOutput = {
  id: z.string(),
  activityId: z.string(),
  value: z.string(),
  currency: z.string(),
  valueDate: z.string(),
  fiscalYear: z.number().int(),
  valueUsd: z.string().describe('the value in US dollars at `usdRate`'),
  usdRate: UsdRateOutput,
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
};

export const TransactionOutput = z
  .object({
    ...moneyOutput,
    type: z.string(),
    stage: z.enum(FUNDING_STAGES),
    transactionDate: z.string(),
    accountCode: z.string().nullable(),
    fiscalFundingYear: z
      .string()
      .nullable()
      .describe('US fiscal funding year as published (usg:fiscal-funding-year), e.g. 2023 or 2006-2007'),
    extensions: PublishedExtensions.nullable().describe(
      'elements and attributes of other namespaces on the published transaction',
    ),
    providerOrgId: z.string().nullable(),
    providerActivityId: z.string().nullable(),
    receiverOrgId: z.string().nullable(),
    receiverActivityId: z.string().nullable(),
    description: z.string(),
  })
  .meta({ id: 'Transaction' });
export type TransactionOutput = z.infer<typeof TransactionOutput>;

const budgetFields = {
  type: z.enum(['1', '2']).describe('IATI BudgetType: 1 original, 2 revised'),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  value: MoneyValue,
  currency: Currency,
  valueDate: IsoDate,
};

export const BudgetInput = z.strictObject({
  ...budgetFields,
  type: budgetFields.type.default('1'),
  currency: Currency.optional().describe("default: the activity's default currency"),
  valueDate: IsoDate.optional().describe('default: the start of the period'),
});
export type BudgetInput = z.input<typeof BudgetInput>;

export const BudgetPatch = z.strictObject(
  Object.fromEntries(Object.entries(budgetFields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof budgetFields]: z.ZodOptional<(typeof budgetFields)[K]>;
  },
);
export type BudgetPatch = z.input<typeof BudgetPatch>;

export const BudgetOutput = z
  .object({ ...moneyOutput, type: z.string(), periodStart: z.string(), periodEnd: z.string() })
  .meta({ id: 'Budget' });
export type BudgetOutput = z.infer<typeof BudgetOutput>;
