import { Anchor, Badge, Button, Group, List, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type User, useUserPages } from '@/web/api/admin';
import { FlashNotice } from '@/web/components/flash-notice';
import { LoadMore } from '@/web/components/load-more';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { useFormat } from '@/web/hooks/use-format';
import { useNames } from '@/web/hooks/use-grant-label';
import { useSession } from '@/web/hooks/use-session';

/** The accounts the user may see, filtered by organisation (kept in the address). */
export default function UsersScene() {
  return (
    <RequireSession anyOf={['user.read']}>
      <Users />
    </RequireSession>
  );
}

function Users() {
  const { t } = useTranslation();
  const { can } = useSession();
  const names = useNames();
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('organisationId') ?? undefined;
  const pages = useUserPages(organisationId);
  const users = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const organisationOptions = [
    { value: '', label: t('users.allOrganisations') },
    ...(names.organisations.data ?? []).map((organisation) => ({
      value: organisation.id,
      label: names.organisation(organisation.id),
    })),
  ];

  return (
    <>
      <PageHeader title={t('users.title')} intro={t('users.intro')} />
      <FlashNotice />
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={t('users.filterOrganisation')}
            data={organisationOptions}
            value={organisationId ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setParams(value === '' ? {} : { organisationId: value }, { replace: true });
            }}
            w={320}
            data-testid="organisation-filter"
          />
          {can('user.create') ? (
            <Button component={Link} to="/admin/users/new">
              {t('users.new')}
            </Button>
          ) : null}
        </Group>
        {pages.data === undefined ? (
          <QueryStatus queries={[pages]} />
        ) : users.length === 0 ? (
          <Text>{t('users.none')}</Text>
        ) : (
          <>
            <UserTable users={users} />
            <LoadMore
              shown={users.length}
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

function UserTable({ users }: { readonly users: readonly User[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNames();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover data-testid="users-table">
        <Table.Caption>{t('users.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.organisation')}</Table.Th>
            <Table.Th scope="col">{t('users.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.mfa')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            <Table.Th scope="col">{t('users.lastSignIn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/admin/users/${user.id}`} fw={600}>
                  {user.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{names.organisation(user.organisationId)}</Table.Td>
              <Table.Td>
                {user.grants === undefined ? (
                  '—'
                ) : (
                  <List size="sm" spacing={0}>
                    {user.grants.map((grant) => (
                      <List.Item key={grant.id}>{names.grant(grant)}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
              <Table.Td>
                {user.mfaEnabled === undefined ? '—' : user.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={user.disabled ? 'gray.7' : 'teal.9'} variant="filled">
                  {user.disabled ? t('users.disabled') : t('users.active')}
                </Badge>
              </Table.Td>
              <Table.Td>
                {user.lastSignInAt === undefined
                  ? '—'
                  : user.lastSignInAt === null
                    ? t('form.never')
                    : format.dateTime(user.lastSignInAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
