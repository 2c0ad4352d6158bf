import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '@/web/api/iati';
import { useLanguage } from '@/web/hooks/use-language';
import { formatBytes, readPercent } from './byte-size';

/** How much of the file the server has read, as a bar and in words (announced as it changes). */
export function JobProgress({ job }: { readonly job: ImportJob }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const percent = readPercent(job.bytesRead, job.sizeBytes);
  const text =
    job.status === 'queued'
      ? t('iati.progress.queued')
      : t('iati.progress.running', {
          percent: new Intl.NumberFormat(language, { style: 'percent' }).format(percent / 100),
          read: formatBytes(job.bytesRead, language),
          size: formatBytes(job.sizeBytes, language),
        });
  return (
    <Stack gap={6} data-testid="job-progress">
      <Progress
        value={job.status === 'queued' ? 0 : percent}
        size="lg"
        animated
        aria-label={t('iati.progress.label')}
      />
      <Text size="sm" aria-live="polite">
        {text}
      </Text>
    </Stack>
  );
}
