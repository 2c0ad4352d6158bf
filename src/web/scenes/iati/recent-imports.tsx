import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ImportJob, useImportJobs } from '@/web/api/iati';
import { QueryStatus } from '@/web/components/query-status';
import { ScrollTable } from '@/web/components/scroll-table';
import { useFormat } from '@/web/hooks/use-format';
import { JobStatusBadge } from './job-status-badge';

/** The latest imports, newest first; each file name opens the import's page. */
export function RecentImports() {
  const { t } = useTranslation();
  const jobs = useImportJobs();
  if (jobs.data === undefined) {
    return <QueryStatus queries={[jobs]} />;
  }
  if (jobs.data.length === 0) {
    return <Text>{t('iati.recent.none')}</Text>;
  }
  return (
    <ScrollTable minWidth={900} caption={t('iati.recent.caption')} testId="recent-imports">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('iati.recent.file')}</Table.Th>
          <Table.Th scope="col">{t('iati.recent.when')}</Table.Th>
          <Table.Th scope="col">{t('iati.recent.status')}</Table.Th>
          <Table.Th scope="col">{t('iati.recent.activities')}</Table.Th>
          <Table.Th scope="col">{t('iati.recent.findings')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {jobs.data.map((job) => (
          <RecentImportRow key={job.id} job={job} />
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function RecentImportRow({ job }: { readonly job: ImportJob }) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = job.report;
  const imported = report?.status === 'imported';
  return (
    <Table.Tr data-testid="recent-import">
      <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/interoperability/imports/${job.id}`} fw={600}>
            {job.fileName}
          </Anchor>
          {job.dryRun ? (
            <Badge variant="outline" color="gray.8" tt="none" size="sm">
              {t('iati.recent.dryRun')}
            </Badge>
          ) : null}
        </Group>
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(job.createdAt)}</Table.Td>
      <Table.Td>
        <JobStatusBadge status={job.status} />
      </Table.Td>
      <Table.Td>
        {imported
          ? t('iati.recent.counts', {
              created: format.integer(report.activities.created),
              updated: format.integer(report.activities.updated),
              unchanged: format.integer(report.activities.unchanged),
              rejected: format.integer(report.activities.rejected),
            })
          : '—'}
      </Table.Td>
      <Table.Td>
        {report === null
          ? '—'
          : t('iati.recent.findingCounts', {
              errors: format.integer(report.findings.error),
              warnings: format.integer(report.findings.warning),
              infos: format.integer(report.findings.info),
            })}
      </Table.Td>
    </Table.Tr>
  );
}
