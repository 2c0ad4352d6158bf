import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@/web/api/iati';
import { ScrollTable } from '@/web/components/scroll-table';
import { useLanguage } from '@/web/hooks/use-language';
import { formatMoney } from '@/web/scenes/activities/money';
import { BADGE_COLOURS } from './badge-colours';
import { pairCurrencySums } from './currency-sums';

/** The file's transaction values by currency next to what was stored; a currency where they differ stands out. */
export function CurrencySumsTable({ report }: { readonly report: ImportReport }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sums = pairCurrencySums(report.publishedByCurrency, report.storedByCurrency);
  const amount = (value: string | null) => formatMoney(value ?? '0', language);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('iati.report.sumsTitle')}
      </Title>
      {sums.length === 0 ? (
        <Text size="sm">{t('iati.report.noSums')}</Text>
      ) : (
        <ScrollTable minWidth={520} caption={t('iati.report.sumsCaption')} testId="currency-sums">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('iati.report.currency')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('iati.report.published')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('iati.report.storedSum')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sums.map((sum) => (
              <Table.Tr
                key={sum.currency}
                bg={sum.differs ? 'red.0' : undefined}
                data-differs={sum.differs || undefined}
              >
                <Table.Th scope="row">
                  {sum.currency === 'NONE' ? t('iati.report.noCurrency') : sum.currency}
                  {sum.differs ? (
                    <Badge component="span" ml="xs" color={BADGE_COLOURS.red} variant="light" tt="none">
                      {t('iati.report.differs')}
                    </Badge>
                  ) : null}
                </Table.Th>
                <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {amount(sum.published)}
                </Table.Td>
                <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {amount(sum.stored)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {sums.some((sum) => sum.differs) ? (
        <Text size="sm" data-testid="sums-note">
          {t('iati.report.sumsNote')}
        </Text>
      ) : null}
    </Stack>
  );
}
