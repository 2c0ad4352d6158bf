import type { SummaryDimension } from './summary.schemas';

/** A summary row being accumulated: its dimension values, money and counts. */
export interface SummaryCell {
  dims: Partial<Record<SummaryDimension, string | number | null>>;
  nanos: bigint;
  cents: bigint;
  transactions: number;
}

/** Accumulates parts into cells keyed by the requested dimensions. */
export class SummaryCells {
  private readonly cells = new Map<string, SummaryCell>();
  /** Each transaction once (not once per part). */
  transactions = 0;

  constructor(private readonly groupBy: readonly SummaryDimension[]) {}

  add(dims: SummaryCell['dims'], nanos: bigint, cents: bigint, transactions: number): void {
    const key = JSON.stringify(this.groupBy.map((dimension) => dims[dimension] ?? null));
    const cell = this.cells.get(key) ?? { dims, nanos: 0n, cents: 0n, transactions: 0 };
    cell.nanos += nanos;
    cell.cents += cents;
    cell.transactions += transactions;
    this.cells.set(key, cell);
  }

  values(): SummaryCell[] {
    return [...this.cells.values()];
  }
}
