import { formatNanos } from '@/shared/money';

/** Transactions of one currency, transaction type and appropriation account, counted and summed. */
export interface MoneyCount {
  readonly count: number;
  /** Exact decimal sum as published. */
  readonly amount: string;
}

/** One line of a reconciliation: what the file published, what was stored, what was refused with findings. */
export interface ReconciliationLine {
  readonly currency: string;
  /** IATI TransactionType (2.0x form), or `NONE` when the transaction had none. */
  readonly transactionType: string;
  /** The US Treasury appropriation account (`11x1022`); null when the transaction names none. */
  readonly account: string | null;
  readonly published: MoneyCount;
  readonly stored: MoneyCount;
  /** Transactions not stored, each with a finding that says why. */
  readonly rejected: MoneyCount;
  /** published − stored − rejected: anything but zero is a difference no finding explains. */
  readonly unexplained: string;
}

/**
 * A file's own totals, counted while it was read, next to what the import stored: `reconciled` when
 * everything published was stored, `explained` when what was not stored was refused with findings,
 * `unexplained` when the figures differ for no reason the import gave (shown loudly).
 */
export interface Reconciliation {
  readonly status: 'reconciled' | 'explained' | 'unexplained';
  readonly activities: { readonly published: number; readonly stored: number; readonly rejected: number };
  readonly transactions: { readonly published: number; readonly stored: number; readonly rejected: number };
  readonly lines: readonly ReconciliationLine[];
  readonly findings: { readonly error: number; readonly warning: number; readonly info: number };
}

/** Key of a reconciliation line. */
export const moneyKey = (currency: string, transactionType: string, account: string | null): string =>
  `${currency}|${transactionType}|${account ?? ''}`;

/** Counts and exact sums (in nanos) per moneyKey. */
export class MoneyCounts {
  readonly byKey = new Map<string, { count: number; nanos: bigint }>();

  add(key: string, nanos: bigint): void {
    const entry = this.byKey.get(key);
    if (entry === undefined) {
      this.byKey.set(key, { count: 1, nanos });
    } else {
      entry.count += 1;
      entry.nanos += nanos;
    }
  }
}

/** The reconciliation of one import from its three tallies. */
export function reconcile(input: {
  activities: Reconciliation['activities'];
  transactions: Reconciliation['transactions'];
  findings: Reconciliation['findings'];
  published: MoneyCounts;
  stored: MoneyCounts;
  rejected: MoneyCounts;
}): Reconciliation {
  const keys = new Set([
    ...input.published.byKey.keys(),
    ...input.stored.byKey.keys(),
    ...input.rejected.byKey.keys(),
  ]);
  const zero = { count: 0, nanos: 0n };
  const shown = (entry: { count: number; nanos: bigint }): MoneyCount => ({
    count: entry.count,
    amount: formatNanos(entry.nanos),
  });
  let differs = false;
  let unexplained = false;
  const lines = [...keys].sort().map((key): ReconciliationLine => {
    const [currency = '', transactionType = '', account = ''] = key.split('|');
    const published = input.published.byKey.get(key) ?? zero;
    const stored = input.stored.byKey.get(key) ?? zero;
    const rejected = input.rejected.byKey.get(key) ?? zero;
    const rest = published.nanos - stored.nanos - rejected.nanos;
    differs ||= published.nanos !== stored.nanos || published.count !== stored.count;
    unexplained ||= rest !== 0n || published.count !== stored.count + rejected.count;
    return {
      currency,
      transactionType,
      account: account === '' ? null : account,
      published: shown(published),
      stored: shown(stored),
      rejected: shown(rejected),
      unexplained: formatNanos(rest),
    };
  });
  const { activities, transactions } = input;
  differs ||= activities.published !== activities.stored || transactions.published !== transactions.stored;
  unexplained ||=
    activities.published !== activities.stored + activities.rejected ||
    transactions.published !== transactions.stored + transactions.rejected;
  return {
    status: unexplained ? 'unexplained' : differs ? 'explained' : 'reconciled',
    activities,
    transactions,
    lines,
    findings: input.findings,
  };
}
