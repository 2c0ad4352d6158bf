import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganisationPages } from '@/web/api/admin';
import { useCodelist } from '@/web/api/queries';
import { FlashNotice } from '@/web/components/flash-notice';
import { LoadMore } from '@/web/components/load-more';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { useSession } from '@/web/hooks/use-session';
import { countryName } from '@/web/utils/country-name';

/** The registered organisations, with links to edit them and to register another. */
export default function OrganisationsScene() {
  return (
    <RequireSession anyOf={['organisation.create', 'organisation.update']}>
      <Organisations />
    </RequireSession>
  );
}

function Organisations() {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const format = useFormat();
  const { can } = useSession();
  const pages = useOrganisationPages();
  const types = useCodelist('OrganisationType', 'active', '');
  const typeName = (code: string) => {
    const item = types.data?.items.find((entry) => entry.code === code);
    return item === undefined ? code : pick(item.name);
  };
  const organisations = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const otherLanguage = language === 'es' ? 'en' : 'es';

  return (
    <>
      <PageHeader title={t('organisations.title')} intro={t('organisations.intro')} />
      <FlashNotice />
      <Stack gap="md">
        {can('organisation.create') ? (
          <Group>
            <Button component={Link} to="/admin/organisations/new">
              {t('organisations.new')}
            </Button>
          </Group>
        ) : null}
        {pages.data === undefined ? (
          <QueryStatus queries={[pages]} />
        ) : organisations.length === 0 ? (
          <Text>{t('organisations.none')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={880}>
              <Table striped highlightOnHover data-testid="organisations-table">
                <Table.Caption>{t('organisations.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('organisations.name')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.otherName')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.type')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.country')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.iati')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.updated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {organisations.map((organisation) => (
                    <Table.Tr key={organisation.id}>
                      <Table.Th scope="row">
                        {can('organisation.update') ? (
                          <Anchor component={Link} to={`/admin/organisations/${organisation.id}`} fw={600}>
                            {pick(organisation.name)}
                          </Anchor>
                        ) : (
                          pick(organisation.name)
                        )}
                      </Table.Th>
                      <Table.Td lang={otherLanguage}>{organisation.name[otherLanguage]}</Table.Td>
                      <Table.Td>{typeName(organisation.type)}</Table.Td>
                      <Table.Td>
                        {organisation.countryCode === null
                          ? '—'
                          : countryName(organisation.countryCode, language)}
                      </Table.Td>
                      <Table.Td ff="monospace">{organisation.iatiIdentifier ?? '—'}</Table.Td>
                      <Table.Td>{format.date(organisation.updatedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore
              shown={organisations.length}
              hasMore={pages.hasNextPage}
              loading={pages.isFetchingNextPage}
              onLoadMore={() => void pages.fetchNextPage()}
            />
          </>
        )}
      </Stack>
    </>
  );
}
