import { useImportJob } from '@/web/api/iati';
import { QueryStatus } from '@/web/components/query-status';
import { JobView } from './job-view';

/** Follows one import by its id until it ends (the query polls), then shows its report. */
export function JobPanel({ id }: { readonly id: string }) {
  const job = useImportJob(id);
  return job.data === undefined ? <QueryStatus queries={[job]} /> : <JobView job={job.data} />;
}
