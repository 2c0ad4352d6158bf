import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/web/api/sources';
import { useLanguage } from '@/web/hooks/use-language';

/** What each publisher states about its own data, in the reader's language where it was given. */
export function PublisherLimitations({ sources }: { readonly sources: readonly Source[] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (
    <Stack gap="sm" data-testid="publisher-limitations">
      {sources.map((source) => (
        <div key={source.id}>
          <Title order={4} size="h6">
            {source.name} · {source.publisher}
          </Title>
          <Text size="sm">
            {pick(source.limitations) === '' ? t('sources.limitations.noneStated') : pick(source.limitations)}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
