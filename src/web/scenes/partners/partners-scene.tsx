import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCountries } from '@/web/api/queries';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';

/** The seven partner countries with their ISO codes; each links to its subdivisions. */
export default function PartnersScene() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const countries = useCountries();
  return (
    <>
      <PageHeader title={t('partners.title')} intro={t('partners.intro')} />
      {countries.data === undefined ? (
        <QueryStatus queries={[countries]} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="countries-table">
            <Table.Caption>{t('partners.countriesCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partners.country')}</Table.Th>
                <Table.Th scope="col">{t('partners.alpha2')}</Table.Th>
                <Table.Th scope="col">{t('partners.alpha3')}</Table.Th>
                <Table.Th scope="col">{t('partners.numeric')}</Table.Th>
                <Table.Th scope="col">{t('partners.currency')}</Table.Th>
                <Table.Th scope="col">{t('partners.subdivisionType')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('partners.subdivisionCount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {countries.data.map((country) => (
                <Table.Tr key={country.code}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/partners/${country.code}`} fw={600}>
                      {pick(country.name)}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{country.code}</Table.Td>
                  <Table.Td>{country.iso3}</Table.Td>
                  <Table.Td>{country.numericCode}</Table.Td>
                  <Table.Td>{country.currency}</Table.Td>
                  <Table.Td>{pick(country.subdivisionType)}</Table.Td>
                  <Table.Td ta="right">{format.integer(country.subdivisionCount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
