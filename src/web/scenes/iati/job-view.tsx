import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ImportJob, isJobRunning } from '@/web/api/iati';
import { CurrencySumsTable } from './currency-sums-table';
import { JobFacts } from './job-facts';
import { JobOutcome } from './job-outcome';
import { JobProgress } from './job-progress';
import { ReportFigures } from './report-figures';

/**
 * One import as far as it has gone: its progress while the server reads the file, then what stands out
 * (refusal, failure, dry run), the counts and the sums by currency (for a file that was imported), and the
 * facts about the file.
 */
export function JobView({ job }: { readonly job: ImportJob }) {
  const { t } = useTranslation();
  const report = job.report;
  const imported = report !== null && report.status === 'imported';
  return (
    <Stack gap="md" data-testid="job-view" data-status={job.status}>
      {isJobRunning(job) ? <JobProgress job={job} /> : <JobOutcome job={job} />}
      {imported ? (
        <>
          <Title order={3} size="h4">
            {t('iati.report.figuresTitle')}
          </Title>
          <ReportFigures report={report} />
          <CurrencySumsTable report={report} />
        </>
      ) : null}
      <Title order={3} size="h4">
        {t('iati.report.factsTitle')}
      </Title>
      <JobFacts job={job} />
    </Stack>
  );
}
