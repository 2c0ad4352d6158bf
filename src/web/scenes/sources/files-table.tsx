import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Source, SourceFile } from '@/web/api/sources';
import { ScrollTable } from '@/web/components/scroll-table';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { formatBytes } from '@/web/scenes/iati/byte-size';
import { ReconciliationBadge } from './status-badges';

interface FilesTableProps {
  readonly files: readonly SourceFile[];
  /** The registered sources, to name each file's; files imported by hand have none. */
  readonly sources: readonly Source[];
}

/** Every imported file, fetched by a source or uploaded by hand, with its reconciliation and its import. */
export function FilesTable({ files, sources }: FilesTableProps) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={860} caption={t('sources.files.caption')} testId="files-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('sources.files.file')}</Table.Th>
          <Table.Th scope="col">{t('sources.files.sourcePublisher')}</Table.Th>
          <Table.Th scope="col">{t('sources.files.importedAt')}</Table.Th>
          <Table.Th scope="col">{t('sources.list.reconciliation')}</Table.Th>
          <Table.Th scope="col">{t('sources.files.import')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {files.map((file) => (
          <FileRow key={file.id} file={file} source={sources.find((item) => item.id === file.sourceId)} />
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function FileRow({ file, source }: { readonly file: SourceFile; readonly source: Source | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormat();
  return (
    <Table.Tr data-testid="file-row" data-file={file.fileName}>
      <Table.Th scope="row" fw={600}>
        {file.fileName}
        <Text size="xs" fw={400}>
          {[
            formatBytes(file.sizeBytes, language),
            file.iatiVersion === null ? null : `IATI ${file.iatiVersion}`,
            file.licence,
          ]
            .filter((part) => part !== null)
            .join(' · ')}
        </Text>
      </Table.Th>
      <Table.Td>
        {file.sourceId === null ? (
          <Text size="sm" fs="italic">
            {t('sources.files.byHand')}
          </Text>
        ) : (
          <Anchor component={Link} to={`/interoperability/sources/${file.sourceId}`} size="sm">
            {source?.name ?? t('sources.files.registered')}
          </Anchor>
        )}
        {file.publisher === null ? null : <Text size="xs">{file.publisher}</Text>}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(file.importedAt)}</Table.Td>
      <Table.Td>
        <ReconciliationBadge status={file.reconciliation?.status ?? null} />
      </Table.Td>
      <Table.Td>
        {file.lastJobId === null ? (
          '—'
        ) : (
          <Anchor
            component={Link}
            to={`/interoperability/imports/${file.lastJobId}`}
            aria-label={t('sources.files.reportOf', { file: file.fileName })}
            size="sm"
          >
            {t('sources.files.report')}
          </Anchor>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
