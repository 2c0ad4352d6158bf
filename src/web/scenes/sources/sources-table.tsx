import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Source } from '@/web/api/sources';
import { ScrollTable } from '@/web/components/scroll-table';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { ReconciliationBadge, SyncStatusBadge } from './status-badges';

/** The registered sources: each name opens its page; a failed sync shows its message in the row. */
export function SourcesTable({ sources }: { readonly sources: readonly Source[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={860} caption={t('sources.list.caption')} testId="sources-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('sources.fields.name')}</Table.Th>
          <Table.Th scope="col">{t('sources.list.publisherLicence')}</Table.Th>
          <Table.Th scope="col">{t('sources.list.lastSync')}</Table.Th>
          <Table.Th scope="col">{t('sources.list.status')}</Table.Th>
          <Table.Th scope="col">{t('sources.list.reconciliation')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sources.map((source) => (
          <SourceRow key={source.id} source={source} />
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function SourceRow({ source }: { readonly source: Source }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  return (
    <Table.Tr data-testid="source-row" data-name={source.name}>
      <Table.Th scope="row" fw={400}>
        <Anchor
          component={Link}
          to={`/interoperability/sources/${source.id}`}
          fw={600}
          style={{ whiteSpace: 'nowrap' }}
        >
          {source.name}
        </Anchor>
        <Text size="xs">
          {t(`sources.kinds.${source.kind}`)} · {t('sources.list.fileCount', { total: source.fileCount })}
        </Text>
      </Table.Th>
      <Table.Td>
        <Text size="sm">{source.publisher}</Text>
        <Text size="xs">{source.licence}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {source.lastAttemptAt === null
          ? t('sources.list.neverSynced')
          : format.dateTime(source.lastAttemptAt)}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <SyncStatusBadge status={source.status} />
          {source.status === 'failed' && source.lastError !== null ? (
            <Text size="xs" c="red.9" maw={260} data-testid="source-row-error">
              {pick(source.lastError)}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <ReconciliationBadge status={source.reconciliationStatus} />
      </Table.Td>
    </Table.Tr>
  );
}
