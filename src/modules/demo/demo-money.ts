import type { TransactionInput } from '@/modules/funding';
import type { DemoRandom } from './demo-random';

/** A date inside fiscal year `year` of an organisation whose year starts in `startMonth`. */
export function dateInFiscalYear(random: DemoRandom, year: number, startMonth: number): string {
  const offset = random.int(0, 11); // months after the fiscal year's start
  const monthIndex = startMonth - 1 + offset;
  const calendarYear = startMonth === 1 ? year : year - 1 + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const date = `${calendarYear}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  return date > '2026-10-31' ? '2026-10-31' : date;
}

/** A round-ish amount with cents, as a decimal string. */
export function amountOf(random: DemoRandom, whole: number): string {
  return `${Math.max(1, Math.round(whole))}.${String(random.int(0, 99)).padStart(2, '0')}`;
}

/**
 * The money of one activity over its years: for US agencies an allocation, obligations, disbursements and
 * expenditures charged to an account; for others commitments, disbursements and some expenditures.
 */
export function demoTransactions(
  random: DemoRandom,
  spec: {
    startYear: number;
    years: number;
    fiscalYearStartMonth: number;
    scale: number;
    accounts?: readonly string[];
    government: boolean;
  },
): TransactionInput[] {
  const account = spec.accounts === undefined ? null : random.pick(spec.accounts);
  const total = spec.scale * random.int(20, 500);
  const date = (year: number) => dateInFiscalYear(random, year, spec.fiscalYearStartMonth);
  const transactions: TransactionInput[] = [];
  const lastYear = Math.min(spec.startYear + spec.years - 1, 2026);
  if (spec.accounts !== undefined) {
    transactions.push({
      type: 'AL',
      value: amountOf(random, total),
      valueDate: date(spec.startYear),
      accountCode: account,
    });
  }
  const obligated = spec.accounts === undefined ? total : total * (0.7 + random.next() * 0.3);
  transactions.push({
    type: '2',
    value: amountOf(random, obligated),
    valueDate: date(spec.startYear),
    accountCode: account,
  });
  for (let year = spec.startYear; year <= lastYear; year += 1) {
    const share = obligated / spec.years;
    transactions.push({
      type: '3',
      value: amountOf(random, share * (0.6 + random.next() * 0.35)),
      valueDate: date(year),
      accountCode: account,
    });
    if (spec.government || spec.accounts !== undefined || random.next() < 0.4) {
      transactions.push({
        type: '4',
        value: amountOf(random, share * (0.4 + random.next() * 0.3)),
        valueDate: date(year),
        accountCode: account,
      });
    }
  }
  return transactions;
}
