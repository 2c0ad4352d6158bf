import type { Selectable } from 'kysely';

/**
 * Money columns shared by transactions and budgets. The amount is exact: `amount_units` whole units plus
 * `amount_nanos` billionths, both with the amount's sign. `usd_cents` is the amount converted at
 * `usd_rate` (units per US dollar) for `usd_rate_period` from `usd_rate_source`, rounded half to even;
 * it is recomputed when a better rate for that period is entered. `fiscal_year` follows the reporting
 * organisation's convention (organisation.fiscal_year_start_month).
 */
interface MoneyColumns {
  id: string;
  activity_id: string;
  type: string;
  amount_units: number | string | bigint;
  amount_nanos: number;
  currency: string;
  value_date: string;
  fiscal_year: number;
  usd_cents: number | string | bigint;
  usd_rate: string;
  usd_rate_period: string;
  usd_rate_source: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/**
 * A transaction: an IATI TransactionType code or `AL` (US allocation). Provider and receiver
 * activities record pass-through chains; see docs/FUNDING.md for how chains are counted once.
 */
export interface FundingTransactionTable extends MoneyColumns {
  transaction_date: string;
  account_code: string | null;
  provider_org_id: string | null;
  provider_activity_id: string | null;
  receiver_org_id: string | null;
  receiver_activity_id: string | null;
  description: string;
  /** US `usg:fiscal-funding-year` as published (`2023`, `2006-2007`); null when none. */
  fiscal_funding_year: string | null;
  /** JSON `IatiExtensions` (iati module): elements and attributes of other namespaces, as published. */
  iati_extensions: string | null;
}

/** A budget for a period; `type` is IATI BudgetType (1 original, 2 revised). */
export interface BudgetTable extends MoneyColumns {
  period_start: string;
  period_end: string;
}

/** A US appropriation account (e.g. 11x1022, INCLE); the list is editable by administrators. */
export interface AppropriationAccountTable {
  code: string;
  acronym: string;
  name_es: string;
  name_en: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Units of `currency` per US dollar for a month (YYYY-MM) or a day (YYYY-MM-DD), from a named source. */
export interface ExchangeRateTable {
  currency: string;
  period: string;
  source: string;
  units_per_usd: string;
  entered_by: string | null;
  created_at: string;
}

/** No transaction or budget of the organisation's activities in that fiscal year may change. */
export interface PeriodLockTable {
  organisation_id: string;
  fiscal_year: number;
  locked_at: string;
  locked_by: string;
}

/** A funding shock (suspension, reprogramming, rescission, …) and the activities it hits. */
export interface FundingEventTable {
  id: string;
  kind: string;
  event_date: string;
  title_es: string;
  title_en: string;
  description_es: string;
  description_en: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface FundingEventActivityTable {
  event_id: string;
  activity_id: string;
}

export type FundingTransactionRow = Selectable<FundingTransactionTable>;
export type BudgetRow = Selectable<BudgetTable>;
export type AppropriationAccountRow = Selectable<AppropriationAccountTable>;
export type ExchangeRateRow = Selectable<ExchangeRateTable>;
export type FundingEventRow = Selectable<FundingEventTable>;
