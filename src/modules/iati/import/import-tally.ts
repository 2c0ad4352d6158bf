import type { BudgetTable, FundingTransactionTable } from '@/modules/funding';
import { formatNanos, fromUnitsAndNanos } from '@/shared/money';

import type { Finding } from './finding';
import type { MappedActivity } from './map-activity';
import type { PreparedActivity } from './prepare-activity';
import { moneyKey, MoneyCounts, reconcile, type Reconciliation } from './reconciliation';

type Published = PreparedActivity['published'];

/** Findings kept per file; past this only their number is kept (a final finding says so). */
const MAX_FINDINGS = 50_000;

/** A finding with the platform activity it concerns, once stored. */
export interface TalliedFinding extends Finding {
  readonly activityId: string | null;
}

/**
 * The counts of one import: what the file published (counted as read, before any decision) and what
 * became of it, plus the findings. Published and stored sums by currency let anyone reconcile the two.
 */
export class ImportTally {
  readonly activities = { inFile: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  readonly transactions = { inFile: 0, stored: 0, rejected: 0 };
  readonly budgets = { inFile: 0, stored: 0, rejected: 0 };
  readonly severities = { error: 0, warning: 0, info: 0 };
  readonly findings: TalliedFinding[] = [];
  /** Sum of readable transaction values by currency as published (`NONE`: no currency anywhere). */
  readonly publishedByCurrency = new Map<string, bigint>();
  readonly storedByCurrency = new Map<string, bigint>();
  /** Transaction money by currency, type and account: as published, as stored, refused with a finding. */
  private readonly publishedMoney = new MoneyCounts();
  private readonly storedMoney = new MoneyCounts();
  private readonly rejectedMoney = new MoneyCounts();

  countPublished({ published }: PreparedActivity): void {
    this.activities.inFile += 1;
    this.transactions.inFile += published.transactions;
    this.budgets.inFile += published.budgets;
    for (const [currency, nanos] of published.byCurrency) {
      this.publishedByCurrency.set(currency, (this.publishedByCurrency.get(currency) ?? 0n) + nanos);
    }
    for (const money of published.transactionMoney) {
      if (money !== null) {
        this.publishedMoney.add(money[0], money[1]);
      }
    }
  }

  /** An activity not stored, with every transaction and budget it published. */
  reject(findings: readonly Finding[], published: Published): void {
    this.activities.rejected += 1;
    this.transactions.rejected += published.transactions;
    this.budgets.rejected += published.budgets;
    for (const money of published.transactionMoney) {
      if (money !== null) {
        this.rejectedMoney.add(money[0], money[1]);
      }
    }
    this.note(findings);
  }

  /** An activity stored (or left as stored), with the money rows it has. */
  keep(
    mapped: MappedActivity,
    kept: {
      published: Published;
      transactions: readonly FundingTransactionTable[];
      /** Positions of the published transactions that the rows store. */
      storedIndices: ReadonlySet<number>;
      budgets: readonly BudgetTable[];
    },
    findings: readonly Finding[],
    activityId: string,
    outcome: 'created' | 'updated' | 'unchanged',
  ): void {
    const { published, transactions, budgets } = kept;
    this.activities[outcome] += 1;
    this.transactions.stored += transactions.length;
    this.transactions.rejected += published.transactions - transactions.length;
    this.budgets.stored += budgets.length;
    this.budgets.rejected += mapped.budgets.length + mapped.rejectedMoney.budgets - budgets.length;
    for (const row of transactions) {
      const nanos = fromUnitsAndNanos(row.amount_units, row.amount_nanos);
      this.storedByCurrency.set(row.currency, (this.storedByCurrency.get(row.currency) ?? 0n) + nanos);
      this.storedMoney.add(moneyKey(row.currency, row.type, row.account_code), nanos);
    }
    published.transactionMoney.forEach((money, index) => {
      if (money !== null && !kept.storedIndices.has(index)) {
        this.rejectedMoney.add(money[0], money[1]);
      }
    });
    this.note(findings, activityId);
  }

  /** The file's totals next to what was stored (reconciliation.ts). */
  reconciliation(): Reconciliation {
    return reconcile({
      activities: {
        published: this.activities.inFile,
        stored: this.activities.created + this.activities.updated + this.activities.unchanged,
        rejected: this.activities.rejected,
      },
      transactions: {
        published: this.transactions.inFile,
        stored: this.transactions.stored,
        rejected: this.transactions.rejected,
      },
      findings: { ...this.severities },
      published: this.publishedMoney,
      stored: this.storedMoney,
      rejected: this.rejectedMoney,
    });
  }

  note(findings: readonly Finding[], activityId: string | null = null): void {
    for (const finding of findings) {
      this.severities[finding.severity] += 1;
      if (this.findings.length < MAX_FINDINGS) {
        this.findings.push({ ...finding, activityId });
      }
    }
  }

  /** The counts as the import report shows them. */
  summary() {
    const sums = (map: ReadonlyMap<string, bigint>) =>
      Object.fromEntries(
        [...map]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([currency, nanos]) => [currency, formatNanos(nanos)]),
      );
    return {
      activities: { ...this.activities },
      transactions: { ...this.transactions },
      budgets: { ...this.budgets },
      findings: { ...this.severities, listed: this.findings.length },
      publishedByCurrency: sums(this.publishedByCurrency),
      storedByCurrency: sums(this.storedByCurrency),
      reconciliation: this.reconciliation(),
    };
  }
}
