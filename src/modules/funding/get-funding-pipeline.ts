import { z } from 'zod';
import { formatCents, parseDecimal } from '@/shared/money';
import type { ServiceContext } from '@/platform/context';
import { summarizeFunding } from './summarize-funding';
import {
  FundingSummaryQuery,
  SummaryRowOutput,
  type FundingSummaryOutput,
  type SummaryDimension,
} from './summary.schemas';

export const FundingPipelineQuery = FundingSummaryQuery;

const Figures = {
  allocated: z.string(),
  obligated: z.string(),
  disbursed: z.string(),
  expended: z.string(),
  unobligated: z
    .string()
    .describe(
      'appropriated money allocated but not yet obligated: allocated − obligated, both charged to an account',
    ),
  unliquidated: z.string().describe('obligated − disbursed'),
};

export const FundingPipelineOutput = z
  .object({
    groupBy: z.array(z.string()),
    rows: z.array(
      SummaryRowOutput.omit({ amountUsd: true, transactions: true, stage: true, amount: true }).extend(
        Figures,
      ),
    ),
    total: z.object(Figures),
  })
  .meta({ id: 'FundingPipeline' });
export type FundingPipelineOutput = z.infer<typeof FundingPipelineOutput>;

const STAGES = {
  allocation: 'allocated',
  obligation: 'obligated',
  disbursement: 'disbursed',
  expenditure: 'expended',
} as const;
type Stage = (typeof STAGES)[keyof typeof STAGES];
type Sums = Record<Stage | 'appropriatedAllocated' | 'appropriatedObligated', bigint>;

const ZERO: Sums = {
  allocated: 0n,
  obligated: 0n,
  disbursed: 0n,
  expended: 0n,
  appropriatedAllocated: 0n,
  appropriatedObligated: 0n,
};

function figuresOf(sums: Sums) {
  return {
    allocated: formatCents(sums.allocated),
    obligated: formatCents(sums.obligated),
    disbursed: formatCents(sums.disbursed),
    expended: formatCents(sums.expended),
    unobligated: formatCents(sums.appropriatedAllocated - sums.appropriatedObligated),
    unliquidated: formatCents(sums.obligated - sums.disbursed),
  };
}

/** The requested dimensions, from a query string (`a,b`) or a list. */
function dimensionsOf(groupBy: unknown): string[] {
  if (Array.isArray(groupBy)) {
    return groupBy.map(String);
  }
  return typeof groupBy === 'string' ? groupBy.split(',').filter(Boolean) : [];
}

const cents = (text: string): bigint => (parseDecimal(text) ?? 0n) / 10_000_000n;

/**
 * The money pipeline in US dollars — allocated, obligated, disbursed, expended — with the unobligated and
 * unliquidated (obligated − disbursed) balances, by the requested dimensions. Only appropriated money (charged
 * to an appropriation account) is allocated before it is obligated, so the unobligated balance compares
 * allocations with obligations of appropriated money alone: other donors' commitments do not make it negative.
 * Same counting rules and filters as the summary.
 * @throws AppError `unauthenticated`; ValidationError
 */
export async function getFundingPipeline({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: FundingSummaryQuery;
}): Promise<FundingPipelineOutput> {
  const groupBy = [...dimensionsOf(input.groupBy), 'stage'];
  const [all, appropriated] = await Promise.all([
    summarizeFunding({ ctx, input: { ...input, groupBy } }),
    summarizeFunding({ ctx, input: { ...input, groupBy, appropriated: 'true' } }),
  ]);
  const dims = all.groupBy.filter((dimension): dimension is SummaryDimension => dimension !== 'stage');
  const rows = new Map<string, { dims: Record<string, unknown>; sums: Sums }>();
  const total: Sums = { ...ZERO };
  const add = (summary: FundingSummaryOutput, figureOf: (stage: Stage) => keyof Sums | undefined) => {
    for (const row of summary.rows) {
      const stage = STAGES[row.stage as keyof typeof STAGES] as Stage | undefined;
      const figure = stage === undefined ? undefined : figureOf(stage);
      if (figure === undefined) {
        continue;
      }
      const key = JSON.stringify(dims.map((dimension) => row[dimension] ?? null));
      const entry = rows.get(key) ?? {
        dims: Object.fromEntries(dims.map((dimension) => [dimension, row[dimension] ?? null])),
        sums: { ...ZERO },
      };
      entry.sums[figure] += cents(row.amountUsd);
      total[figure] += cents(row.amountUsd);
      rows.set(key, entry);
    }
  };
  add(all, (stage) => stage);
  add(appropriated, (stage) =>
    stage === 'allocated'
      ? 'appropriatedAllocated'
      : stage === 'obligated'
        ? 'appropriatedObligated'
        : undefined,
  );
  return {
    groupBy: dims,
    rows: [...rows.values()].map((entry) => ({ ...entry.dims, ...figuresOf(entry.sums) })),
    total: figuresOf(total),
  };
}
