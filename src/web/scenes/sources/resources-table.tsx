import { Anchor, Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SourceDetail } from '@/web/api/sources';
import { ScrollTable } from '@/web/components/scroll-table';
import { useFormat } from '@/web/hooks/use-format';

type Resource = SourceDetail['resources'][number];

/** The URLs a source resolves to, with the validators kept for conditional requests. */
export function ResourcesTable({ resources }: { readonly resources: readonly Resource[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const orDash = (value: string | null) => (value === null ? '—' : <Code>{value}</Code>);
  return (
    <ScrollTable minWidth={960} caption={t('sources.resources.caption')} testId="resources-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('sources.resources.url')}</Table.Th>
          <Table.Th scope="col">{t('sources.resources.etag')}</Table.Th>
          <Table.Th scope="col">{t('sources.resources.lastModified')}</Table.Th>
          <Table.Th scope="col">{t('sources.resources.sha256')}</Table.Th>
          <Table.Th scope="col">{t('sources.resources.checkedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {resources.map((resource) => (
          <Table.Tr key={resource.url} data-testid="resource-row">
            <Table.Th scope="row" fw={400} style={{ wordBreak: 'break-all' }}>
              {/^https?:\/\//.test(resource.url) ? (
                <Anchor href={resource.url} target="_blank" rel="noreferrer noopener">
                  {resource.url}
                </Anchor>
              ) : (
                resource.url
              )}
            </Table.Th>
            <Table.Td>{orDash(resource.etag)}</Table.Td>
            <Table.Td>{resource.lastModified ?? '—'}</Table.Td>
            <Table.Td title={resource.sha256 ?? undefined}>
              {resource.sha256 === null ? '—' : <Code>{resource.sha256.slice(0, 12)}…</Code>}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {resource.checkedAt === null ? '—' : format.dateTime(resource.checkedAt)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
