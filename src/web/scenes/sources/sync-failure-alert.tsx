import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/web/api/sources';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';

/**
 * A failed sync, loudly: what went wrong in the reader's language, and that the data imported by the last
 * good sync is kept (or that there is none yet). Nothing when the last sync did not fail.
 */
export function SyncFailureAlert({ source }: { readonly source: Source }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  if (source.status !== 'failed') {
    return null;
  }
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('sources.failure.title', { name: source.name })}
      data-testid="sync-failure"
    >
      {source.lastError === null ? null : (
        <Text size="sm" data-testid="sync-failure-message">
          {pick(source.lastError)}{' '}
          <Text span size="xs">
            ({source.lastError.code})
          </Text>
        </Text>
      )}
      <Text size="sm" fw={600} mt={4} data-testid="sync-failure-kept">
        {source.lastSuccessAt === null
          ? t('sources.failure.nothingYet')
          : t('sources.failure.kept', { date: format.dateTime(source.lastSuccessAt) })}
      </Text>
    </Alert>
  );
}
