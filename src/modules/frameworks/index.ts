export { FrameworkCode, FrameworkOutput, FrameworkSummaryOutput } from './framework.schemas';
export { listFrameworks } from './list-frameworks';
export { getFramework } from './get-framework';
export { frameworkReferenceFiles, loadFrameworks } from './load-frameworks';
