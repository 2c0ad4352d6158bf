import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannedAreaKey } from '@/web/areas';
import { PageHeader } from '@/web/components/page-header';

/** The page of an area that has no screen yet: says so plainly and tells what the area will do. */
export default function NotBuiltScene({ area }: { readonly area: PlannedAreaKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} />
      <Paper withBorder p="lg" radius="md" bg="blue.0" maw={880} data-testid="not-built">
        <Title order={2} size="h3">
          {t('notBuilt.title')}
        </Title>
        <Text mt="sm">{t(`areas.${area}`)}</Text>
      </Paper>
      <Anchor component={Link} to="/" mt="lg" display="inline-block">
        {t('notFound.backHome')}
      </Anchor>
    </>
  );
}
