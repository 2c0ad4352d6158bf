/**
 * One cell of the funding cube: the parts of transactions that fall in a country × CARSI goal × fiscal year ×
 * type × currency, for demo or real records, counted by the pass-through rule or not. Invariant:
 * the cube equals `rebuildFundingCube` run on the stored transactions — every change of a transaction or of
 * an activity's countries or goals updates it in the same database transaction. `''` means unspecified
 * (no goal) or regional (no country); amounts are sums of whole-cent / billionth parts (docs/FUNDING.md).
 */
export interface FundingCubeTable {
  country: string;
  goal: string;
  fiscal_year: number;
  type: string;
  currency: string;
  is_demo: number;
  counted: number;
  /** 1 for money charged to an appropriation account (allocated, then obligated). */
  appropriated: number;
  usd_cents: number | string | bigint;
  amount_units: number | string | bigint;
  amount_nanos: number | string | bigint;
  /** Transactions with a part in this cell. */
  transactions: number;
  /** Transactions counted in this cell only (their first part), so the cells' sum is each transaction once. */
  lead_transactions: number;
}
