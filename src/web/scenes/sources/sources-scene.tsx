import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSourceFiles, useSources } from '@/web/api/sources';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { Section } from '@/web/components/section';
import { useSession } from '@/web/hooks/use-session';
import { FilesTable } from './files-table';
import { OurLimitations } from './our-limitations';
import { PublisherLimitations } from './publisher-limitations';
import { PublicDataCard } from './public-data-card';
import { RegisterSourceForm } from './register-source-form';
import { SourcesTable } from './sources-table';
import { SyncFailureAlert } from './sync-failure-alert';

/** The registered public IATI sources, every imported file with its reconciliation, and the limitations. */
export default function SourcesScene() {
  return (
    <RequireSession anyOf={['iati.import']}>
      <Sources />
    </RequireSession>
  );
}

function Sources() {
  const { t } = useTranslation();
  const { can } = useSession();
  const sources = useSources();
  const files = useSourceFiles();
  const list = sources.data ?? [];
  return (
    <>
      <PageHeader
        title={t('sources.title')}
        intro={
          <>
            {t('sources.intro')}{' '}
            <Anchor component={Link} to="/interoperability">
              {t('iati.imports.back')}
            </Anchor>
          </>
        }
      />
      <Stack gap="xl">
        <PublicDataCard linkToSources={false} />
        <Section title={t('sources.list.title')} testId="sources-section">
          {sources.data === undefined ? (
            <QueryStatus queries={[sources]} />
          ) : list.length === 0 ? (
            <Text data-testid="no-sources">{t('sources.list.none')}</Text>
          ) : (
            <>
              {list.map((source) => (
                <SyncFailureAlert key={source.id} source={source} />
              ))}
              <SourcesTable sources={list} />
            </>
          )}
        </Section>
        <Section title={t('sources.files.title')} intro={t('sources.files.intro')} testId="files-section">
          {files.data === undefined ? (
            <QueryStatus queries={[files]} />
          ) : files.data.length === 0 ? (
            <Text data-testid="no-files">{t('sources.files.none')}</Text>
          ) : (
            <FilesTable files={files.data} sources={list} />
          )}
        </Section>
        <Section title={t('sources.limitations.title')} testId="limitations-section">
          <Title order={3} size="h4">
            {t('sources.limitations.publishers')}
          </Title>
          {list.length === 0 ? (
            <Text size="sm">{t('sources.limitations.noSources')}</Text>
          ) : (
            <PublisherLimitations sources={list} />
          )}
          <Title order={3} size="h4">
            {t('sources.limitations.ours')}
          </Title>
          <OurLimitations />
        </Section>
        {can('iati.source.manage') ? (
          <Section title={t('sources.form.title')} intro={t('sources.form.intro')} testId="register-section">
            <RegisterSourceForm />
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
