import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/web/components/page-header';

/** What a signed-in user without the permission for a page sees (as `RequireSession` says it). */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin.forbiddenTitle')} />
      <Text maw={880}>{t('admin.forbiddenText')}</Text>
    </>
  );
}
