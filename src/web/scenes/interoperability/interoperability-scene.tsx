import { Anchor, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/web/components/page-header';
import type { ReturnTo } from '@/web/components/require-session';
import { useSession } from '@/web/hooks/use-session';
import { IatiExportPanel } from '@/web/scenes/iati/iati-export-panel';
import { CodelistBrowser } from './codelist-browser';

/**
 * IATI import and the data sources (for users who may import), export (for every signed-in user), and the IATI
 * code lists.
 */
export default function InteroperabilityScene() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('interoperability.title')} />
      <Stack gap={48}>
        <section aria-labelledby="import-title">
          <Title order={2} id="import-title" mb="md">
            {t('interoperability.importExportTitle')}
          </Title>
          <ImportExport />
        </section>
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

/** The code lists are public; importing and exporting need a session, so visitors are invited to sign in. */
function ImportExport() {
  const { t } = useTranslation();
  const { state, can } = useSession();
  if (state === 'loading') {
    return null;
  }
  if (state !== 'active') {
    return (
      <Text maw={880} data-testid="iati-sign-in">
        <Anchor
          component={Link}
          to="/sign-in"
          state={{ from: '/interoperability' } satisfies ReturnTo}
          fw={600}
        >
          {t('iati.panel.signIn')}
        </Anchor>{' '}
        {t('iati.panel.signInText')}
      </Text>
    );
  }
  return (
    <SimpleGrid
      cols={{ base: 1, lg: can('iati.import') ? 2 : 1 }}
      spacing="lg"
      maw={1280}
      style={{ alignItems: 'start' }}
    >
      {can('iati.import') ? (
        <Paper withBorder p="lg" radius="md" bg="blue.0" data-testid="iati-import-panel">
          <Stack gap="sm" align="flex-start">
            <Title order={3} size="h4">
              {t('iati.panel.importTitle')}
            </Title>
            <Text>{t('iati.panel.importText')}</Text>
            <Button component={Link} to="/interoperability/imports">
              {t('iati.panel.importLink')}
            </Button>
          </Stack>
        </Paper>
      ) : null}
      {can('iati.import') ? (
        <Paper withBorder p="lg" radius="md" bg="blue.0" data-testid="data-sources-panel">
          <Stack gap="sm" align="flex-start">
            <Title order={3} size="h4">
              {t('sources.panel.title')}
            </Title>
            <Text>{t('sources.panel.text')}</Text>
            <Button component={Link} to="/interoperability/sources">
              {t('sources.panel.link')}
            </Button>
          </Stack>
        </Paper>
      ) : null}
      <Paper withBorder p="lg" radius="md" maw={can('iati.import') ? undefined : 880}>
        <Title order={3} size="h4" mb="sm">
          {t('iati.export.title')}
        </Title>
        <IatiExportPanel />
      </Paper>
    </SimpleGrid>
  );
}
