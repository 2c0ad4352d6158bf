// The one place where platform code names module tables: type-only imports, so no runtime dependency
// points from platform to modules (the lint rule allows `import type` here and nowhere else).
import type {
  ActivityLocationTable,
  ActivityParticipantTable,
  ActivityShareTable,
  ActivityTable,
} from '@/modules/activities/activity.table';
import type { AuditEventTable } from '@/modules/audit/audit.table';
import type {
  AppropriationAccountTable,
  BudgetTable,
  ExchangeRateTable,
  FundingEventActivityTable,
  FundingEventTable,
  FundingTransactionTable,
  PeriodLockTable,
} from '@/modules/funding/funding.table';
import type { CodelistItemTable, CodelistTable } from '@/modules/codelists/codelist.table';
import type { StatisticDatasetTable, StatisticValueTable } from '@/modules/context-stats/statistic.table';
import type {
  ApiTokenTable,
  OneTimeTokenTable,
  SignInThrottleTable,
  UserSessionTable,
} from '@/modules/identity/credential.table';
import type { SsoRuleTable } from '@/modules/identity/sso-rule.table';
import type { AppUserTable, RoleGrantTable } from '@/modules/identity/user.table';
import type { FundingCubeTable } from '@/modules/funding-cube/funding-cube.table';
import type {
  ActivitySourceTable,
  IatiSourceFileTable,
  IatiSourceResourceTable,
  IatiSourceTable,
  IatiSyncAttemptTable,
  ImportFindingTable,
  ImportJobTable,
} from '@/modules/iati/iati.table';
import type { MailOutboxTable } from '@/modules/mail/mail.table';
import type { FrameworkElementTable, FrameworkTable } from '@/modules/frameworks/framework.table';
import type { CountryTable, SubdivisionTable } from '@/modules/partners/country.table';
import type { OrganisationTable } from '@/modules/partners/organisation.table';
import type { ReferenceDatasetTable } from '@/modules/reference-data/reference-dataset.table';

export interface Database {
  audit_event: AuditEventTable;
  reference_dataset: ReferenceDatasetTable;
  framework: FrameworkTable;
  framework_element: FrameworkElementTable;
  country: CountryTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  api_token: ApiTokenTable;
  user_session: UserSessionTable;
  one_time_token: OneTimeTokenTable;
  sign_in_throttle: SignInThrottleTable;
  mail_outbox: MailOutboxTable;
  sso_rule: SsoRuleTable;
  subdivision: SubdivisionTable;
  codelist: CodelistTable;
  codelist_item: CodelistItemTable;
  statistic_dataset: StatisticDatasetTable;
  statistic_value: StatisticValueTable;
  activity: ActivityTable;
  activity_participant: ActivityParticipantTable;
  activity_share: ActivityShareTable;
  activity_location: ActivityLocationTable;
  appropriation_account: AppropriationAccountTable;
  exchange_rate: ExchangeRateTable;
  funding_transaction: FundingTransactionTable;
  budget: BudgetTable;
  period_lock: PeriodLockTable;
  funding_event: FundingEventTable;
  funding_event_activity: FundingEventActivityTable;
  funding_cube: FundingCubeTable;
  iati_source_file: IatiSourceFileTable;
  iati_source: IatiSourceTable;
  iati_source_resource: IatiSourceResourceTable;
  iati_sync_attempt: IatiSyncAttemptTable;
  activity_source: ActivitySourceTable;
  import_job: ImportJobTable;
  import_finding: ImportFindingTable;
}
