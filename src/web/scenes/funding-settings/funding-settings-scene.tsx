import { Anchor, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/web/components/page-header';
import { RequireSession } from '@/web/components/require-session';
import { AccountsTab } from './accounts-tab';
import { ExchangeRatesTab } from './exchange-rates-tab';
import { FundingEventsTab } from './funding-events-tab';
import { PeriodLocksTab } from './period-locks-tab';

const TABS = ['rates', 'accounts', 'locks', 'events'] as const;
type Tab = (typeof TABS)[number];

/** Exchange rates, appropriation accounts, fiscal year locks and funding events, one tab each. */
export default function FundingSettingsScene() {
  return (
    <RequireSession anyOf={['funding.read']}>
      <FundingSettings />
    </RequireSession>
  );
}

/** The tab is kept in the address (`?tab=`), so each section can be linked to and survives a reload. */
function FundingSettings() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((item) => item === params.get('tab')) ?? 'rates';

  return (
    <>
      <PageHeader
        title={t('fundingSettings.title')}
        intro={
          <>
            {t('fundingSettings.intro')}{' '}
            <Anchor component={Link} to="/funding">
              {t('fundingSettings.toDashboard')}
            </Anchor>
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value === 'rates' || value === null ? {} : { tab: value }, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="lg" aria-label={t('fundingSettings.tabsLabel')}>
          {TABS.map((item) => (
            <Tabs.Tab key={item} value={item} data-testid={`tab-${item}`}>
              {t(`fundingSettings.tabs.${item}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="rates">
          <ExchangeRatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="accounts">
          <AccountsTab />
        </Tabs.Panel>
        <Tabs.Panel value="locks">
          <PeriodLocksTab />
        </Tabs.Panel>
        <Tabs.Panel value="events">
          <FundingEventsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
