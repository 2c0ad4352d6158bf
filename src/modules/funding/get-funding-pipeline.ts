import { z } from 'zod';
import { formatCents, parseDecimal } from '@/shared/money';
import type { ServiceContext } from '@/platform/context';
import { summarizeFunding } from './summarize-funding';
import { FundingSummaryQuery, SummaryRowOutput, type SummaryDimension } from './summary.schemas';

export const FundingPipelineQuery = FundingSummaryQuery;

const Figures = {
  allocated: z.string(),
  obligated: z.string(),
  disbursed: z.string(),
  expended: z.string(),
  unobligated: z.string().describe('allocated − obligated'),
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

const STAGE_FIGURE = {
  allocation: 'allocated',
  obligation: 'obligated',
  disbursement: 'disbursed',
  expenditure: 'expended',
} as const;

function figuresOf(cents: Record<'allocated' | 'obligated' | 'disbursed' | 'expended', bigint>) {
  return {
    allocated: formatCents(cents.allocated),
    obligated: formatCents(cents.obligated),
    disbursed: formatCents(cents.disbursed),
    expended: formatCents(cents.expended),
    unobligated: formatCents(cents.allocated - cents.obligated),
    unliquidated: formatCents(cents.obligated - cents.disbursed),
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
 * The money pipeline in US dollars — allocated, obligated, disbursed, expended — with the unobligated
 * (allocated − obligated) and unliquidated (obligated − disbursed) balances, by the requested dimensions.
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
  const summary = await summarizeFunding({
    ctx,
    input: { ...input, groupBy: [...dimensionsOf(input.groupBy), 'stage'] },
  });
  const dims = summary.groupBy.filter((dimension): dimension is SummaryDimension => dimension !== 'stage');
  const rows = new Map<
    string,
    {
      dims: Record<string, unknown>;
      cents: Record<'allocated' | 'obligated' | 'disbursed' | 'expended', bigint>;
    }
  >();
  const total = { allocated: 0n, obligated: 0n, disbursed: 0n, expended: 0n };
  for (const row of summary.rows) {
    const figure = STAGE_FIGURE[row.stage as keyof typeof STAGE_FIGURE] as keyof typeof total | undefined;
    if (figure === undefined) {
      continue;
    }
    const key = JSON.stringify(dims.map((dimension) => row[dimension] ?? null));
    const entry = rows.get(key) ?? {
      dims: Object.fromEntries(dims.map((dimension) => [dimension, row[dimension] ?? null])),
      cents: { allocated: 0n, obligated: 0n, disbursed: 0n, expended: 0n },
    };
    entry.cents[figure] += cents(row.amountUsd);
    total[figure] += cents(row.amountUsd);
    rows.set(key, entry);
  }
  return {
    groupBy: dims,
    rows: [...rows.values()].map((entry) => ({ ...entry.dims, ...figuresOf(entry.cents) })),
    total: figuresOf(total),
  };
}
