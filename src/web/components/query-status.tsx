import { Alert, Button, Center, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/web/api/api-problem';

interface QueryStatusProps {
  /** The queries the content waits for; the first failed one is reported. */
  readonly queries: readonly Pick<UseQueryResult, 'error' | 'refetch'>[];
  /** Space kept while loading, so the page does not jump when the data arrives. */
  readonly minHeight?: number;
}

/** What to show instead of the queries' data: a loader while they load, the API's problem if one failed. */
export function QueryStatus({ queries, minHeight = 120 }: QueryStatusProps) {
  const { t } = useTranslation();
  const failed = queries.find((query) => query.error !== null);
  if (failed === undefined) {
    return <LoadingState minHeight={minHeight} />;
  }
  const problem = failed.error instanceof ApiProblem ? failed.error : undefined;
  const detail = problem === undefined ? t('errors.network') : problem.detail;
  return (
    <Alert color="red" variant="light" title={problem?.title ?? t('errors.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        {detail === problem?.title ? null : <Text size="sm">{detail}</Text>}
        {problem?.requestId === undefined ? null : (
          <Text size="xs">{t('errors.requestId', { id: problem.requestId })}</Text>
        )}
        <Button size="xs" variant="outline" color="red.9" onClick={() => void failed.refetch()}>
          {t('errors.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** A spinner that screen readers announce as loading. */
export function LoadingState({ minHeight }: { readonly minHeight: number }) {
  const { t } = useTranslation();
  return (
    <Center mih={minHeight} role="status">
      <Loader />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}
