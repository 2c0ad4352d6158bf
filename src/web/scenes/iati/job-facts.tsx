import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '@/web/api/iati';
import { DetailList } from '@/web/components/detail-list';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { formatBytes } from './byte-size';

/** The uploaded file and how it was imported: name, size, IATI version, checksum, options and timing. */
export function JobFacts({ job }: { readonly job: ImportJob }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { language } = useLanguage();
  const report = job.report;
  const options = [
    job.dryRun ? t('iati.report.dryRunOption') : null,
    job.validate ? t('iati.report.validateOption') : null,
  ].filter((option) => option !== null);
  // A refused file may have no version or date to show; the report itself comes once the job has ended.
  const version = report?.iatiVersion ?? null;
  const generatedAt = report?.generatedAt ?? null;
  const items = [
    { label: t('iati.report.fileName'), value: job.fileName },
    { label: t('iati.report.size'), value: formatBytes(job.sizeBytes, language) },
    { label: t('iati.report.startedAt'), value: format.dateTime(job.createdAt) },
    {
      label: t('iati.report.options'),
      value: options.length === 0 ? t('iati.report.noOptions') : options.join(', '),
    },
    version === null ? null : { label: t('iati.report.version'), value: version },
    generatedAt === null
      ? null
      : { label: t('iati.report.generatedAt'), value: format.dateTime(generatedAt) },
    report === null
      ? null
      : {
          label: t('iati.report.duration'),
          value: t('iati.report.seconds', { number: format.rate(report.durationMs / 1000) }),
        },
  ].filter((item) => item !== null);
  return (
    <>
      <DetailList items={items} />
      {report === null ? null : (
        <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {t('iati.report.sha256')} {report.sha256}
        </Text>
      )}
    </>
  );
}
