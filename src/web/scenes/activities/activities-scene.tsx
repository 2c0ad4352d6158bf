import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '@/web/api/api-problem';
import { useActivityList } from '@/web/api/activities';
import { FlashNotice } from '@/web/components/flash-notice';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { useLanguage } from '@/web/hooks/use-language';
import { ActivityFiltersForm } from './activity-filters-form';
import { ActivityTable } from './activity-table';
import { ExportLinks } from './export-links';
import { ListPager } from './list-pager';
import { cursorFromParams, listQueryFromParams, paramsAtCursor } from './list-query';
import { useSession } from '@/web/hooks/use-session';

/** The activity list: filters, sorting and page in the address, the total, and exports of the selection. */
export default function ActivitiesScene() {
  return (
    <RequireSession>
      <Activities />
    </RequireSession>
  );
}

function Activities() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const query = listQueryFromParams(params, language);
  const list = useActivityList(query);
  // A filter the server refused (`query.country`…) is shown next to that filter.
  const filterErrors =
    list.error instanceof ApiProblem
      ? Object.fromEntries(
          list.error.errors.map((error) => [error.path.replace(/^query\./, ''), error.message]),
        )
      : {};

  return (
    <>
      <PageHeader title={t('activities.title')} intro={t('activities.intro')} />
      <FlashNotice />
      <Stack gap="md">
        {can('activity.create') ? (
          <Group>
            <Button component={Link} to="/activities/new">
              {t('activities.new')}
            </Button>
          </Group>
        ) : null}
        <ActivityFiltersForm
          key={params.toString()}
          params={params}
          errors={filterErrors}
          onApply={(next) => setParams(next, { replace: true })}
        />
        <ExportLinks query={query} />
        {list.data === undefined ? (
          <QueryStatus queries={[list]} />
        ) : list.data.items.length === 0 ? (
          <Text>{t('activities.none')}</Text>
        ) : (
          <>
            <ListPager
              cursor={cursorFromParams(params)}
              shown={list.data.items.length}
              total={list.data.total}
              nextCursor={list.data.nextCursor}
              loading={list.isPlaceholderData}
              onPage={(cursor) => setParams(paramsAtCursor(params, cursor))}
            />
            <ActivityTable activities={list.data.items} />
          </>
        )}
      </Stack>
    </>
  );
}
