import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/web/components/page-header';
import { RequireSession } from '@/web/components/require-session';
import { Section } from '@/web/components/section';
import { ImportForm } from './import-form';
import { JobPanel } from './job-panel';
import { RecentImports } from './recent-imports';

/** Upload an IATI file, follow the import to its report, and find earlier imports. */
export default function ImportsScene() {
  return (
    <RequireSession anyOf={['iati.import']}>
      <Imports />
    </RequireSession>
  );
}

function Imports() {
  const { t } = useTranslation();
  // The import started on this visit; earlier ones are in the list below.
  const [jobId, setJobId] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('iati.imports.title')}
        intro={
          <>
            {t('iati.imports.intro')}{' '}
            <Anchor component={Link} to="/interoperability">
              {t('iati.imports.back')}
            </Anchor>
          </>
        }
      />
      <Stack gap="xl">
        <Section title={t('iati.form.title')} testId="import-section">
          <ImportForm onStarted={(job) => setJobId(job.id)} />
        </Section>
        {jobId === null ? null : (
          <Section title={t('iati.job.current')} testId="current-import">
            <JobPanel key={jobId} id={jobId} />
            <Anchor component={Link} to={`/interoperability/imports/${jobId}`} fw={600}>
              {t('iati.job.open')}
            </Anchor>
          </Section>
        )}
        <Section title={t('iati.recent.title')} testId="recent-section">
          <RecentImports />
        </Section>
      </Stack>
    </>
  );
}
