import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  readonly title: string;
  readonly intro?: ReactNode;
}

/** The page's only h1, an optional introduction, and the browser tab title. */
export function PageHeader({ title, intro }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap="xs" mb="lg" maw={880}>
      <Title order={1}>{title}</Title>
      {intro === undefined ? null : <Text size="lg">{intro}</Text>}
    </Stack>
  );
}
