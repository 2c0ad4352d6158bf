export {
  importIatiFile,
  type FileOrigin,
  type ImportIatiOptions,
  type ImportReport,
} from './import/import-iati-file';
export type { TalliedFinding } from './import/import-tally';
export { exportIatiActivities, type IatiExportFilter } from './export/export-iati-activities';
export { validateIatiSchema } from './validate-iati-schema';
export {
  createImportJob,
  runImportJob,
  getImportJob,
  listImportJobs,
  listImportFindings,
} from './import-jobs';
export {
  ImportJobOutput,
  ImportReportOutput,
  FindingQuery,
  FindingPage,
  ImportUploadQuery,
} from './import-job.schemas';
export { registerSource } from './sync/register-source';
export { updateSource } from './sync/update-source';
export { listSources } from './sync/list-sources';
export { getSource } from './sync/get-source';
export { listSourceFiles } from './sync/list-source-files';
export { startSourceSync, syncSource, type SyncOptions } from './sync/sync-source';
export { syncAll, type SyncAllResult } from './sync/sync-all';
export type { SyncRunResult } from './sync/run-source-sync';
export { loadPublicData, startPublicDataLoad, type PublicDataResult } from './sync/load-public-data';
export { syncSettingsOf, type SyncSettings } from './sync/sync-settings';
export {
  SOURCE_KINDS,
  SourceInput,
  SourcePatch,
  SourceSummary,
  SourceDetail,
  SourceFile,
  SourceFileQuery,
  PublicDataRequest,
} from './sync/source.schemas';
