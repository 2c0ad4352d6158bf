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
