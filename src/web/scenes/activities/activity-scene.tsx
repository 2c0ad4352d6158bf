import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useActivity } from '@/web/api/activities';
import { FlashNotice } from '@/web/components/flash-notice';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { RequireSession } from '@/web/components/require-session';
import { useLanguage } from '@/web/hooks/use-language';
import { ActivityFundingTab } from './activity-funding-tab';
import { ActivityHistoryTab } from './activity-history-tab';
import { ActivityLocationsTab } from './activity-locations-tab';
import { ActivityOverview } from './activity-overview';
import { DemoBadge } from '@/web/components/demo-badge';
import { useSession } from '@/web/hooks/use-session';

const TABS = ['overview', 'funding', 'locations', 'results', 'history'] as const;
type Tab = (typeof TABS)[number];

/** One activity: overview, funding, locations, results and history, in tabs (the tab is in the address). */
export default function ActivityScene() {
  return (
    <RequireSession>
      <ActivityPage />
    </RequireSession>
  );
}

function ActivityPage() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { can } = useSession();
  const id = useParams().id ?? '';
  const activity = useActivity(id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((item) => item === params.get('tab')) ?? 'overview';

  if (activity.data === undefined) {
    return (
      <>
        <PageHeader title={t('activities.title')} />
        <QueryStatus queries={[activity]} />
      </>
    );
  }
  const record = activity.data;
  return (
    <>
      <PageHeader
        title={pick(record.title)}
        intro={`${t(`activities.levels.${record.level}`)} · ${record.iatiIdentifier ?? t('activities.overview.noIdentifier')}`}
      />
      <FlashNotice />
      <Stack gap="md">
        {record.isDemo ? (
          <Alert color="orange" variant="light" title={<DemoBadge />} data-testid="demo-alert" maw={960}>
            {t('activities.demoAlert')}
          </Alert>
        ) : null}
        {can('activity.update') ? (
          <Group>
            <Button component={Link} to={`/activities/${record.id}/edit`} variant="default">
              {t('activities.edit')}
            </Button>
          </Group>
        ) : null}
        <Tabs
          value={tab}
          onChange={(value) =>
            setParams(value === 'overview' || value === null ? {} : { tab: value }, { replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {TABS.map((item) => (
              <Tabs.Tab key={item} value={item}>
                {t(`activities.tabs.${item}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="overview">
            <ActivityOverview activity={record} />
          </Tabs.Panel>
          <Tabs.Panel value="funding">
            <ActivityFundingTab activity={record} />
          </Tabs.Panel>
          <Tabs.Panel value="locations">
            <ActivityLocationsTab activity={record} />
          </Tabs.Panel>
          <Tabs.Panel value="results">
            <Text maw={880}>{t('activities.results.later')}</Text>
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <ActivityHistoryTab activityId={record.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
