import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '@/web/api/iati';
import { useLanguage } from '@/web/hooks/use-language';

/**
 * What the reader must see first about a finished job: why a file was refused (with its place in the file),
 * why the platform failed, or that a dry run changed nothing. Nothing for an ordinary import.
 */
export function JobOutcome({ job }: { readonly job: ImportJob }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const refusal = job.report?.refusal ?? null;
  if (refusal !== null) {
    const place =
      refusal.line === null
        ? null
        : refusal.column === null
          ? t('iati.report.line', { line: refusal.line })
          : t('iati.report.place', { line: refusal.line, column: refusal.column });
    return (
      <Alert
        color="red.9"
        variant="filled"
        title={t('iati.report.refused')}
        role="alert"
        data-testid="refusal"
      >
        {place === null ? null : (
          <Text fw={700} size="lg" data-testid="refusal-place">
            {place}
          </Text>
        )}
        <Text>{pick(refusal.message)}</Text>
      </Alert>
    );
  }
  if (job.status === 'failed') {
    return (
      <Alert
        color="red.9"
        variant="filled"
        title={t('iati.report.failed')}
        role="alert"
        data-testid="failure"
      >
        {job.error === null ? null : <Text>{pick(job.error.message)}</Text>}
      </Alert>
    );
  }
  if (job.dryRun) {
    return (
      <Alert color="blue" variant="light" data-testid="dry-run-note">
        {t('iati.report.dryRun')}
      </Alert>
    );
  }
  return null;
}
