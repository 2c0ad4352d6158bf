import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/web/components/page-header';
import { CodelistBrowser } from './codelist-browser';

/** IATI import and export (not built yet) and the IATI code lists the platform ships. */
export default function InteroperabilityScene() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('interoperability.title')} />
      <Stack gap={48}>
        <Paper
          component="section"
          withBorder
          p="lg"
          radius="md"
          bg="blue.0"
          maw={880}
          aria-labelledby="import-title"
        >
          <Title order={2} size="h3" id="import-title">
            {t('interoperability.importExportTitle')}
          </Title>
          <Text fw={600} mt="sm">
            {t('notBuilt.title')}
          </Text>
          <Text mt={4}>{t('areas.interoperability')}</Text>
        </Paper>
        <section aria-labelledby="codelists-title">
          <Title order={2} id="codelists-title">
            {t('interoperability.codelistsTitle')}
          </Title>
          <Text mt={4} mb="md" maw={880}>
            {t('interoperability.codelistsIntro')}
          </Text>
          <CodelistBrowser />
        </section>
      </Stack>
    </>
  );
}
