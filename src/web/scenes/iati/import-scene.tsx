import { Anchor, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useImportJob } from '@/web/api/iati';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { Section } from '@/web/components/section';
import { FindingsSection } from './findings-section';
import { JobStatusBadge } from './job-status-badge';
import { JobView } from './job-view';

/** One import: its progress or report, and its findings (works while the import is still running). */
export default function ImportScene() {
  return (
    <RequireSession anyOf={['iati.import']}>
      <ImportPage />
    </RequireSession>
  );
}

function ImportPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const job = useImportJob(id);
  const back = (
    <Anchor component={Link} to="/interoperability/imports">
      {t('iati.job.all')}
    </Anchor>
  );
  if (job.data === undefined) {
    return (
      <>
        <PageHeader title={t('iati.imports.title')} intro={back} />
        <QueryStatus queries={[job]} />
      </>
    );
  }
  const record = job.data;
  return (
    <>
      <PageHeader
        title={t('iati.job.title', { file: record.fileName })}
        intro={
          <Group gap="sm" component="span">
            <JobStatusBadge status={record.status} />
            {back}
          </Group>
        }
      />
      <Stack gap="xl">
        <Section title={t('iati.job.report')} testId="job-report">
          <JobView job={record} />
        </Section>
        <Section title={t('iati.findings.title')} testId="job-findings">
          <FindingsSection job={record} />
        </Section>
      </Stack>
    </>
  );
}
