export { CodelistName, CodelistOutput, CodelistQuery, CodelistSummaryOutput } from './codelist.schemas';
export { listCodelists } from './list-codelists';
export { getCodelist } from './get-codelist';
export { codelistReferenceFiles, loadCodelists } from './load-codelists';
