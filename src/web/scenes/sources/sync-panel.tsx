import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSyncing, type SourceDetail, useSyncSource } from '@/web/api/sources';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useLanguage } from '@/web/hooks/use-language';
import { OutcomeBadge } from './status-badges';

interface SyncPanelProps {
  readonly source: SourceDetail;
  /** The attempt started from this page, followed until it ends. */
  readonly attemptId: string | null;
  readonly onStarted: (attemptId: string) => void;
}

/** "Sync now" (administrators): starts a sync, shows that it runs, then what it did. */
export function SyncPanel({ source, attemptId, onStarted }: SyncPanelProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const sync = useSyncSource(source.id);
  const attempt = source.attempts.find((item) => item.id === attemptId);
  const running = isSyncing(source) || (attemptId !== null && attempt === undefined);
  return (
    <Stack gap="sm" align="flex-start" data-testid="sync-panel">
      <Group gap="md">
        <Button
          onClick={() => sync.mutate(undefined, { onSuccess: (body) => onStarted(body.attemptId) })}
          loading={sync.isPending}
          disabled={running}
        >
          {t('sources.sync.now')}
        </Button>
        {running ? (
          <Group gap="xs" role="status" data-testid="sync-running">
            <Loader size="sm" />
            <Text size="sm">{t('sources.sync.running')}</Text>
          </Group>
        ) : null}
      </Group>
      <ProblemAlert error={sync.error} />
      {attempt === undefined || attempt.outcome === 'running' ? null : (
        <Alert
          color={attempt.outcome === 'failed' || attempt.outcome === 'refused' ? 'red' : 'green'}
          variant="light"
          role="status"
          data-testid="sync-result"
          title={
            <Group gap="xs" component="span">
              {t('sources.sync.result')} <OutcomeBadge outcome={attempt.outcome} />
            </Group>
          }
        >
          <Text size="sm">
            {attempt.error === null ? t(`sources.sync.outcomes.${attempt.outcome}`) : pick(attempt.error)}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
