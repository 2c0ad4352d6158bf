export {
  TransactionInput,
  TransactionPatch,
  TransactionOutput,
  BudgetInput,
  BudgetPatch,
  BudgetOutput,
  MoneyValue,
} from './funding.schemas';
export { createTransaction } from './create-transaction';
export { updateTransaction } from './update-transaction';
export { deleteTransaction } from './delete-transaction';
export { createBudget } from './create-budget';
export { updateBudget, deleteBudget } from './change-budget';
export { listActivityFunding } from './list-activity-funding';
export { AccountInput, AccountPatch, AccountOutput } from './account.schemas';
export { listAccounts, createAccount, updateAccount } from './accounts';
export { accountReferenceFiles, loadAccounts } from './load-accounts';
export {
  ExchangeRateInput,
  ExchangeRateOutput,
  ExchangeRateQuery,
  listExchangeRates,
  createExchangeRate,
} from './exchange-rates';
export { findUsdRate, createUsdRateFinder, type UsdRate } from './find-usd-rate';
export { PeriodLockInput, PeriodLockOutput, listPeriodLocks, setPeriodLock } from './period-locks';
export {
  FundingEventInput,
  FundingEventOutput,
  FUNDING_EVENT_KINDS,
  createFundingEvent,
  listFundingEvents,
} from './funding-events';
export {
  FundingSummaryQuery,
  FundingSummaryOutput,
  SUMMARY_DIMENSIONS,
  type SummaryDimension,
} from './summary.schemas';
export { summarizeFunding } from './summarize-funding';
export { getFundingPipeline, FundingPipelineQuery, FundingPipelineOutput } from './get-funding-pipeline';
export { getMoneyVersion } from './get-money-version';
export { MAX_EXACT_CENTS } from './money-record';
export type { FundingTransactionTable, BudgetTable } from './funding.table';
