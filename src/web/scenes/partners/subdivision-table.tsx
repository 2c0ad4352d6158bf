import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Subdivision } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';

interface SubdivisionTableProps {
  readonly subdivisions: readonly Subdivision[];
  readonly labelledBy: string;
}

export function SubdivisionTable({ subdivisions, labelledBy }: SubdivisionTableProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-labelledby={labelledBy} striped verticalSpacing={4} data-testid="subdivisions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partners.code')}</Table.Th>
            <Table.Th scope="col">{t('partners.name')}</Table.Th>
            <Table.Th scope="col">{t('partners.type')}</Table.Th>
            <Table.Th scope="col">{t('partners.hasBoundary')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subdivisions.map((subdivision) => (
            <Table.Tr key={subdivision.code}>
              <Table.Td ff="monospace">{subdivision.code}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {pick(subdivision.name)}
              </Table.Th>
              <Table.Td>{pick(subdivision.type)}</Table.Td>
              <Table.Td>{subdivision.hasBoundary ? t('common.yes') : t('common.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
