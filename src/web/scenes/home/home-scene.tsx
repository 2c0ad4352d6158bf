import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/web/components/page-header';
import { GoalsSection } from './goals-section';
import { HomicideSection } from './homicide-section';

export default function HomeScene() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('home.title')} intro={t('home.intro')} />
      <Stack gap={48}>
        <GoalsSection />
        <HomicideSection />
      </Stack>
    </>
  );
}
