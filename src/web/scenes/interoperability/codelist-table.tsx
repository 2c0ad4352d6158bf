import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';

/** The codes of one list: the name in the UI language (English where no Spanish label exists yet). */
export function CodelistTable({ items }: { readonly items: readonly Schemas['CodelistItem'][] }) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing={4} data-testid="codelist-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('interoperability.code')}</Table.Th>
            <Table.Th scope="col">{t('interoperability.name')}</Table.Th>
            <Table.Th scope="col">{t('interoperability.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const untranslated = language === 'es' && !item.translated;
            return (
              <Table.Tr key={item.code}>
                <Table.Td ff="monospace">{item.code}</Table.Td>
                <Table.Td>
                  <span lang={untranslated ? 'en' : undefined}>{pick(item.name)}</span>
                  {untranslated ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('interoperability.untranslated')})
                    </Text>
                  ) : null}
                  {item.status === 'withdrawn' ? (
                    <Text span size="xs" c="red.9">
                      {' '}
                      ({t('interoperability.withdrawn')})
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td lang="en">
                  <Text size="sm">{item.description ?? ''}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
