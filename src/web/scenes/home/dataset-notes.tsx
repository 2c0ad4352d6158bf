import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatisticDataset } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';

/** Where each dataset comes from, under which licence, and what to keep in mind when reading it. */
export function DatasetNotes({ datasets }: { readonly datasets: readonly StatisticDataset[] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (
    <Stack gap="md" mt="lg" maw={880}>
      <Title order={3} size="h4">
        {t('homicide.sourcesTitle')}
      </Title>
      {datasets.map((dataset) => (
        <Stack key={dataset.id} gap={6}>
          <Text fw={600}>{pick(dataset.title)}</Text>
          <Text size="sm">
            {t('common.source')}: <Anchor href={dataset.url}>{dataset.publisher}</Anchor> ·{' '}
            {t('common.licence')}: {dataset.licence}
          </Text>
          {dataset.caveats.length === 0 ? null : (
            <>
              <Text size="sm" fw={600} mt={4}>
                {t('homicide.caveats')}
              </Text>
              <List size="sm" spacing={4}>
                {dataset.caveats.map((caveat) => (
                  <List.Item key={caveat.en}>{pick(caveat)}</List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
