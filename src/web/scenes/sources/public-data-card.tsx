import { Alert, Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type PublicDataRun,
  type SourceDetail,
  useLoadPublicData,
  usePublicDataProgress,
  useSources,
} from '@/web/api/sources';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useSession } from '@/web/hooks/use-session';
import { OutcomeBadge } from './status-badges';

/**
 * The choice to load the US government's public IATI data shipped with the product, for administrators, while
 * no shipped source is registered; once started, it follows the load to its end.
 */
export function PublicDataCard({ linkToSources }: { readonly linkToSources: boolean }) {
  const { can } = useSession();
  return can('iati.source.manage') ? <PublicDataChoice linkToSources={linkToSources} /> : null;
}

function PublicDataChoice({ linkToSources }: { readonly linkToSources: boolean }) {
  const { t } = useTranslation();
  const sources = useSources();
  const load = useLoadPublicData();
  const [runs, setRuns] = useState<readonly PublicDataRun[] | null>(null);
  const loaded = sources.data?.some((source) => source.kind === 'shipped') ?? true;
  if (loaded && runs === null) {
    return null;
  }
  return (
    <Paper withBorder p="lg" radius="md" bg="blue.0" maw={960} data-testid="public-data-card">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3">
          {t('sources.publicData.title')}
        </Title>
        <Text>{t('sources.publicData.text')}</Text>
        <Text size="sm">{t('sources.publicData.notDemo')}</Text>
        <ProblemAlert error={load.error} />
        {runs === null ? (
          <Button
            loading={load.isPending}
            onClick={() => load.mutate(undefined, { onSuccess: (body) => setRuns(body.items) })}
          >
            {t('sources.publicData.load')}
          </Button>
        ) : (
          <PublicDataProgress runs={runs} linkToSources={linkToSources} />
        )}
      </Stack>
    </Paper>
  );
}

function PublicDataProgress({
  runs,
  linkToSources,
}: {
  readonly runs: readonly PublicDataRun[];
  readonly linkToSources: boolean;
}) {
  const { t } = useTranslation();
  const progress = usePublicDataProgress(runs);
  // A run that was already going when the load started is followed by the source's latest run.
  const outcomeOf = (run: PublicDataRun, source: SourceDetail | undefined) =>
    source?.attempts.find((attempt) =>
      run.attemptId === null ? attempt.url === null : attempt.id === run.attemptId,
    )?.outcome ?? 'running';
  return (
    <Stack gap="xs" w="100%" data-testid="public-data-progress" data-done={progress.done}>
      <Text role="status" fw={600}>
        {progress.done ? t('sources.publicData.done') : t('sources.publicData.loading')}
      </Text>
      <List spacing={4} size="sm">
        {runs.map((run) => {
          const source = progress.sources.find((item) => item.id === run.sourceId);
          return (
            <List.Item key={run.sourceId}>
              {run.name} <OutcomeBadge outcome={outcomeOf(run, source)} />
            </List.Item>
          );
        })}
      </List>
      {progress.done && progress.sources.some((source) => source.status === 'failed') ? (
        <Alert color="red" variant="light">
          {t('sources.publicData.someFailed')}
        </Alert>
      ) : null}
      {linkToSources ? (
        <Anchor component={Link} to="/interoperability/sources" fw={600}>
          {t('sources.publicData.open')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
