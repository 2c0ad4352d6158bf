import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Country } from '@/web/api/queries';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';

interface HomicideTableProps {
  readonly countries: readonly Country[];
  readonly rates: ReadonlyMap<string, number>;
  readonly labelledBy: string;
}

/** The chosen year's rate of every country: the map's values in a form everyone can read. */
export function HomicideTable({ countries, rates, labelledBy }: HomicideTableProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  return (
    <Table aria-labelledby={labelledBy} data-testid="homicide-table" striped verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('homicide.country')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('homicide.rate')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {countries.map((country) => {
          const rate = rates.get(country.code);
          return (
            <Table.Tr key={country.code}>
              <Table.Th scope="row" fw={400}>
                {pick(country.name)}
              </Table.Th>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {rate === undefined ? t('common.noData') : format.rate(rate)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
