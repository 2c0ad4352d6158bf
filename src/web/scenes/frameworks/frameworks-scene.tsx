import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFrameworks } from '@/web/api/queries';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { FrameworkSection } from './framework-section';

export default function FrameworksScene() {
  const { t } = useTranslation();
  const frameworks = useFrameworks();
  return (
    <>
      <PageHeader title={t('frameworks.title')} intro={t('frameworks.intro')} />
      {frameworks.data === undefined ? (
        <QueryStatus queries={[frameworks]} />
      ) : (
        <Stack gap={48}>
          {frameworks.data.map((framework) => (
            <FrameworkSection key={framework.code} summary={framework} />
          ))}
        </Stack>
      )}
    </>
  );
}
