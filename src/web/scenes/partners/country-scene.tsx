import { Anchor, Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCountry, useSubdivisions } from '@/web/api/queries';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { SubdivisionMap } from './subdivision-map';
import { SubdivisionTable } from './subdivision-table';

/** One partner country: its first-level subdivisions with their ISO 3166-2 codes, in a table and on a map. */
export default function CountryScene() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const code = (useParams().code ?? '').toUpperCase();
  const country = useCountry(code);
  const subdivisions = useSubdivisions(code);

  const back = (
    <Anchor component={Link} to="/partners" size="sm" display="inline-block" mb="sm">
      ← {t('partners.back')}
    </Anchor>
  );
  if (country.data === undefined || subdivisions.data === undefined) {
    return (
      <>
        {back}
        <PageHeader title={country.data === undefined ? code : pick(country.data.name)} />
        <QueryStatus queries={[country, subdivisions]} minHeight={320} />
      </>
    );
  }
  const name = pick(country.data.name);
  return (
    <>
      {back}
      <PageHeader
        title={name}
        intro={t('partners.countryIntro', {
          number: format.integer(country.data.subdivisionCount),
          type: pick(country.data.subdivisionType).toLowerCase(),
          currency: country.data.currency,
        })}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs" id="subdivisions-title">
            {t('partners.subdivisionsTitle')}
          </Title>
          <SubdivisionTable subdivisions={subdivisions.data} labelledBy="subdivisions-title" />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">
            {t('partners.mapTitle')}
          </Title>
          <SubdivisionMap countryCode={code} countryName={name} />
        </Paper>
      </SimpleGrid>
    </>
  );
}
