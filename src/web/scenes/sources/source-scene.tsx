import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type SourceDetail, useSource } from '@/web/api/sources';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { type RecordOutcome, RecordOutcomeNotice } from '@/web/components/record-outcome';
import { RequireSession } from '@/web/components/require-session';
import { Section } from '@/web/components/section';
import { useSession } from '@/web/hooks/use-session';
import { AttemptsTable } from './attempts-table';
import { EditSourceForm } from './edit-source-form';
import { FileReconciliation } from './file-reconciliation';
import { OurLimitations } from './our-limitations';
import { PublisherLimitations } from './publisher-limitations';
import { ResourcesTable } from './resources-table';
import { SourceFacts } from './source-facts';
import { ReconciliationBadge, SyncStatusBadge } from './status-badges';
import { SyncFailureAlert } from './sync-failure-alert';
import { SyncPanel } from './sync-panel';

/** One source: its facts and limitations, URLs, attempts, and each file's reconciliation; sync now. */
export default function SourceScene() {
  return (
    <RequireSession anyOf={['iati.import']}>
      <SourcePage />
    </RequireSession>
  );
}

function SourcePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  // The sync started on this visit, followed until it ends.
  const [attemptId, setAttemptId] = useState<string | null>(null);
  const source = useSource(id, attemptId ?? undefined);
  const back = (
    <Anchor component={Link} to="/interoperability/sources">
      {t('sources.back')}
    </Anchor>
  );
  if (source.data === undefined) {
    return (
      <>
        <PageHeader title={t('sources.title')} intro={back} />
        <QueryStatus queries={[source]} />
      </>
    );
  }
  const record = source.data;
  return (
    <>
      <PageHeader
        title={t('sources.detail.title', { name: record.name })}
        intro={
          <Group gap="sm" component="span">
            <SyncStatusBadge status={record.status} />
            <ReconciliationBadge status={record.reconciliationStatus} />
            {back}
          </Group>
        }
      />
      <Stack gap="xl">
        <SyncFailureAlert source={record} />
        <Section title={t('sources.detail.facts')} testId="source-facts">
          <SourceFacts source={record} />
          <SyncAction source={record} attemptId={attemptId} onStarted={setAttemptId} />
        </Section>
        <Section
          title={t('sources.files.ofSource')}
          intro={t('sources.files.ofSourceIntro')}
          testId="source-files"
        >
          {record.files.length === 0 ? (
            <Text>{t('sources.files.noneYet')}</Text>
          ) : (
            record.files.map((file) => <FileReconciliation key={file.id} file={file} />)
          )}
        </Section>
        <Section title={t('sources.attempts.title')} testId="source-attempts">
          {record.attempts.length === 0 ? (
            <Text>{t('sources.attempts.none')}</Text>
          ) : (
            <AttemptsTable attempts={record.attempts} />
          )}
        </Section>
        <Section
          title={t('sources.resources.title')}
          intro={t('sources.resources.intro')}
          testId="source-resources"
        >
          {record.resources.length === 0 ? (
            <Text>{t('sources.resources.none')}</Text>
          ) : (
            <ResourcesTable resources={record.resources} />
          )}
        </Section>
        <Section title={t('sources.limitations.title')} testId="source-limitations">
          <Title order={3} size="h4">
            {t('sources.limitations.publisher')}
          </Title>
          <PublisherLimitations sources={[record]} />
          <Title order={3} size="h4">
            {t('sources.limitations.ours')}
          </Title>
          <OurLimitations />
        </Section>
        <EditSection source={record} />
      </Stack>
    </>
  );
}

interface SyncActionProps {
  readonly source: SourceDetail;
  readonly attemptId: string | null;
  readonly onStarted: (attemptId: string) => void;
}

function SyncAction(props: SyncActionProps) {
  const { can } = useSession();
  return can('iati.source.manage') ? <SyncPanel {...props} /> : null;
}

/** Administrators change the source here; a conflicting change by someone else is told and reloaded. */
function EditSection({ source }: { readonly source: SourceDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  // Kept above the form, which starts again from each new version.
  const [outcome, setOutcome] = useState<RecordOutcome>(null);
  if (!can('iati.source.manage')) {
    return null;
  }
  return (
    <Section title={t('sources.detail.edit')} testId="source-edit">
      <RecordOutcomeNotice outcome={outcome} />
      <EditSourceForm key={source.version} source={source} onOutcome={setOutcome} />
    </Section>
  );
}
