import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/web/components/page-header';
import { RequireSession } from '@/web/components/require-session';
import { useSession } from '@/web/hooks/use-session';
import { CountingNote } from './counting-note';
import { DemoNote } from './demo-note';
import { FilterBar } from './filter-bar';
import { FiscalYearSection } from './fiscal-year-section';
import { FundingEventsSection } from './funding-events-section';
import { filtersFromParams, filtersToParams, type FundingFilters } from './funding-filters';
import { HeadlineFigures } from './headline-figures';
import { PipelineSection } from './pipeline-section';
import { SubdivisionSection } from './subdivision-section';

/** The portfolio dashboard: funding by goal, country, fiscal year and stage, the pipeline, and the map. */
export default function FundingScene() {
  return (
    <RequireSession>
      <FundingPermission />
    </RequireSession>
  );
}

/** Signed-in users without `funding.read` are told so (the session's permissions come from the server). */
function FundingPermission() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (session?.state === 'active' && !session.permissions.includes('funding.read')) {
    return (
      <>
        <PageHeader title={t('admin.forbiddenTitle')} />
        <Text maw={880}>{t('admin.forbiddenText')}</Text>
      </>
    );
  }
  return <FundingDashboard />;
}

function FundingDashboard() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const apply = (next: FundingFilters) => setParams(filtersToParams(next), { replace: true });

  return (
    <>
      <PageHeader title={t('funding.dashboard.title')} intro={t('funding.dashboard.intro')} />
      <Stack gap="xl">
        <FilterBar filters={filters} onChange={apply} />
        <DemoNote filters={filters} onChange={apply} />
        <HeadlineFigures filters={filters} />
        <PipelineSection dimension="goal" filters={filters} />
        <PipelineSection dimension="country" filters={filters} />
        <FiscalYearSection filters={filters} />
        <SubdivisionSection filters={filters} />
        <FundingEventsSection filters={filters} />
        <CountingNote filters={filters} />
      </Stack>
    </>
  );
}
