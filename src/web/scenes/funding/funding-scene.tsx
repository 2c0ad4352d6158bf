import { Anchor, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/web/components/page-header';
import { RequireSession } from '@/web/components/require-session';
import { AccountSection } from './account-section';
import { CountingNote } from './counting-note';
import { DemoNote } from './demo-note';
import { FilterBar } from './filter-bar';
import { FiscalYearSection } from './fiscal-year-section';
import { FundingEventsSection } from './funding-events-section';
import { filtersFromParams, filtersToParams, type FundingFilters } from './funding-filters';
import { HeadlineFigures } from './headline-figures';
import { PipelineSection } from './pipeline-section';
import { SubdivisionSection } from './subdivision-section';

/**
 * The portfolio dashboard: funding by goal, country, fiscal year and stage, the pipeline, appropriated money by
 * account, and the map.
 */
export default function FundingScene() {
  return (
    <RequireSession anyOf={['funding.read']}>
      <FundingDashboard />
    </RequireSession>
  );
}

function FundingDashboard() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const apply = (next: FundingFilters) => setParams(filtersToParams(next), { replace: true });

  return (
    <>
      <PageHeader title={t('funding.dashboard.title')} intro={t('funding.dashboard.intro')} />
      <Group mb="md">
        <Anchor component={Link} to="/funding/settings">
          {t('funding.dashboard.settingsLink')}
        </Anchor>
      </Group>
      <Stack gap="xl">
        <FilterBar filters={filters} onChange={apply} />
        <DemoNote filters={filters} onChange={apply} />
        <HeadlineFigures filters={filters} />
        <PipelineSection dimension="goal" filters={filters} />
        <PipelineSection dimension="country" filters={filters} />
        <FiscalYearSection filters={filters} />
        <AccountSection filters={filters} />
        <SubdivisionSection filters={filters} />
        <FundingEventsSection filters={filters} />
        <CountingNote filters={filters} />
      </Stack>
    </>
  );
}
