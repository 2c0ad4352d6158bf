export {
  ActivityInput,
  ActivityPatch,
  ActivityOutput,
  ActivitySummaryOutput,
  ACTIVITY_LEVELS,
  WORKFLOW_STATES,
} from './activity.schemas';
export { ActivityFilters, applyActivityFilters, searchKey } from './activity-filters';
export { createActivity } from './create-activity';
export { updateActivity } from './update-activity';
export { getActivity, getActivityVersion } from './get-activity';
export { listActivities, ActivityListQuery } from './list-activities';
export { listActivityHistory } from './list-activity-history';
export { changeActivityWorkflow, WorkflowActionInput, WORKFLOW_ACTIONS } from './change-activity-workflow';
export { exportActivities, ActivityExportQuery } from './export-activities';
export type { ActivityFields } from './activity.schemas';
export { activityColumns } from './activity-row';
export { shareRowsOf, locationRowsOf } from './activity.repository';
export type { ActivityTable } from './activity.table';
