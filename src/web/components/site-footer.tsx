import { Anchor, Box, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SOURCES = [
  { key: 'homicide', url: 'https://ourworldindata.org/grapher/homicide-rate-unodc' },
  { key: 'population', url: 'https://data.worldbank.org/indicator/SP.POP.TOTL' },
  { key: 'boundaries', url: 'https://www.naturalearthdata.com/' },
  { key: 'iati', url: 'https://iatistandard.org/en/iati-standard/203/codelists/' },
] as const;

/** Data sources with their licences, and the boundary disclaimer every map needs. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Box component="footer" className="site-footer" px="lg" py="md">
      <Title order={2} size="h5" mb={4}>
        {t('footer.sourcesTitle')}
      </Title>
      <List size="sm" spacing={2}>
        {SOURCES.map((source) => (
          <List.Item key={source.key}>
            <Anchor href={source.url} size="sm">
              {t(`footer.${source.key}`)}
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed" mt="sm" maw={880}>
        {t('footer.disclaimer')}
      </Text>
    </Box>
  );
}
