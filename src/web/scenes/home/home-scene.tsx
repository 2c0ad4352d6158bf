import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/web/components/page-header';
import { PublicDataCard } from '@/web/scenes/sources/public-data-card';
import { GoalsSection } from './goals-section';
import { HomicideSection } from './homicide-section';

/**
 * The home page: the CARSI goals and the homicide context; for administrators, while the US public data shipped
 * with the product is not loaded, the choice to load it.
 */
export default function HomeScene() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('home.title')} intro={t('home.intro')} />
      <Stack gap={48}>
        <PublicDataCard linkToSources />
        <GoalsSection />
        <HomicideSection />
      </Stack>
    </>
  );
}
