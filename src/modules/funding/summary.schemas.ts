import { z } from 'zod';
import { ActivityFilters } from '@/modules/activities';
import { FUNDING_STAGES, TRANSACTION_TYPES } from '@/shared/funding-stages';

/** Dimensions a summary can be grouped by. */
export const SUMMARY_DIMENSIONS = [
  'country',
  'subdivision',
  'goal',
  'escaComponent',
  'sector',
  'organisation',
  'account',
  'fiscalYear',
  'stage',
  'transactionType',
  'currency',
] as const;
export type SummaryDimension = (typeof SUMMARY_DIMENSIONS)[number];

/** `a,b` (as a query string carries it) or an array (already parsed, or from the CLI). */
const commaList = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

export const FundingSummaryQuery = ActivityFilters.extend({
  groupBy: z
    .preprocess(commaList, z.array(z.enum(SUMMARY_DIMENSIONS)).max(SUMMARY_DIMENSIONS.length))
    .optional()
    .transform((dims) => [...new Set(dims ?? [])])
    .describe(`comma-separated: ${SUMMARY_DIMENSIONS.join(', ')}`),
  fiscalYear: z.coerce.number().int().min(1900).max(2200).optional(),
  fiscalYearFrom: z.coerce.number().int().min(1900).max(2200).optional(),
  fiscalYearTo: z.coerce.number().int().min(1900).max(2200).optional(),
  account: z.string().max(20).optional().describe('appropriation account code'),
  stage: z.enum(FUNDING_STAGES).optional(),
  transactionType: z.enum(TRANSACTION_TYPES).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
    .optional(),
  appropriated: z
    .enum(['true'])
    .optional()
    .describe('only money charged to an appropriation account (US appropriated funds)'),
  raw: z
    .preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean())
    .optional()
    .transform((value) => value === true)
    .describe('sum every stored transaction exactly as reported: no percentage split, no pass-through rule'),
});
export type FundingSummaryQuery = z.input<typeof FundingSummaryQuery>;
export type FundingSummaryFilters = z.output<typeof FundingSummaryQuery>;

export const SummaryRowOutput = z
  .object({
    country: z.string().nullable().optional(),
    subdivision: z.string().nullable().optional(),
    goal: z.string().nullable().optional(),
    escaComponent: z.string().nullable().optional(),
    sector: z.string().nullable().optional(),
    organisation: z.string().nullable().optional(),
    account: z.string().nullable().optional(),
    fiscalYear: z.number().int().optional(),
    stage: z.enum(FUNDING_STAGES).optional(),
    transactionType: z.string().optional(),
    currency: z.string().optional(),
    amount: z.string().optional().describe('in `currency`; only when grouped by currency'),
    amountUsd: z.string().describe('US dollars, exact decimal string'),
    transactions: z
      .number()
      .int()
      .optional()
      .describe(
        'raw figures only: how many stored transactions the row sums (split figures have parts, not counts)',
      ),
  })
  .meta({ id: 'FundingSummaryRow' });
export type SummaryRowOutput = z.infer<typeof SummaryRowOutput>;

export const FundingSummaryOutput = z
  .object({
    groupBy: z.array(z.enum(SUMMARY_DIMENSIONS)),
    raw: z.boolean(),
    rows: z.array(SummaryRowOutput),
    totalUsd: z.string(),
    transactions: z.number().int().describe('transactions counted in the figures, each once'),
  })
  .meta({ id: 'FundingSummary' });
export type FundingSummaryOutput = z.infer<typeof FundingSummaryOutput>;
