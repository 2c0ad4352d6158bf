// The one place where platform code names module tables: type-only imports, so no runtime dependency
// points from platform to modules (the lint rule allows `import type` here and nowhere else).
import type { AuditEventTable } from '@/modules/audit/audit.table';
import type { CodelistItemTable, CodelistTable } from '@/modules/codelists/codelist.table';
import type { StatisticDatasetTable, StatisticValueTable } from '@/modules/context-stats/statistic.table';
import type { FrameworkElementTable, FrameworkTable } from '@/modules/frameworks/framework.table';
import type { CountryTable, SubdivisionTable } from '@/modules/partners/country.table';
import type { ReferenceDatasetTable } from '@/modules/reference-data/reference-dataset.table';

export interface Database {
  audit_event: AuditEventTable;
  reference_dataset: ReferenceDatasetTable;
  framework: FrameworkTable;
  framework_element: FrameworkElementTable;
  country: CountryTable;
  subdivision: SubdivisionTable;
  codelist: CodelistTable;
  codelist_item: CodelistItemTable;
  statistic_dataset: StatisticDatasetTable;
  statistic_value: StatisticValueTable;
}
