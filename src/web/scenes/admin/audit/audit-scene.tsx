import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiProblem } from '@/web/api/api-problem';
import { useAuditEventPages, useUserPages } from '@/web/api/admin';
import { LoadMore } from '@/web/components/load-more';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { useSession } from '@/web/hooks/use-session';
import { auditFiltersFromParams, auditQueryString } from '@/web/utils/audit-filters';
import { AuditFiltersForm } from './audit-filters-form';
import { AuditTable } from './audit-table';

/** The audit log with filters kept in the address, "Load more" pages and the CSV export. */
export default function AuditScene() {
  return (
    <RequireSession anyOf={['audit.read']}>
      <AuditLog />
    </RequireSession>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = auditFiltersFromParams(params);
  const pages = useAuditEventPages(filters);
  const actorName = useActorNames();
  const events = pages.data?.pages.flatMap((page) => page.items) ?? [];
  // A filter the server refused (`query.from`…) is shown next to that filter.
  const filterErrors =
    pages.error instanceof ApiProblem
      ? Object.fromEntries(
          pages.error.errors.map((error) => [error.path.replace(/^query\./, ''), error.message]),
        )
      : {};

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <Stack gap="md">
        <AuditFiltersForm
          key={auditQueryString(filters)}
          applied={filters}
          errors={filterErrors}
          onApply={(next) => setParams(new URLSearchParams(auditQueryString(next)), { replace: true })}
        />
        {pages.data === undefined ? (
          <QueryStatus queries={[pages]} />
        ) : events.length === 0 ? (
          <Text>{t('audit.none')}</Text>
        ) : (
          <>
            <AuditTable events={events} actorName={actorName} />
            <LoadMore
              shown={events.length}
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

/** Names for the user ids of the log, from the users the reader may list (ids stay shown as well). */
function useActorNames(): (id: string) => string | undefined {
  const { user, can } = useSession();
  const users = useUserPages(undefined);
  const known = new Map(
    (users.data?.pages ?? []).flatMap((page) => page.items).map((item) => [item.id, item.name]),
  );
  if (user !== undefined) {
    known.set(user.id, user.name);
  }
  return (id) => (can('user.read') ? known.get(id) : undefined);
}
