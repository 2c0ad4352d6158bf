import { NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExchangeRate, useExchangeRates } from '@/web/api/funding-settings';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { useSession } from '@/web/hooks/use-session';
import { ExchangeRateForm } from './exchange-rate-form';
import { ScrollTable } from '@/web/components/scroll-table';
import { ReadOnlyNote } from './notices';
import { useCurrencyOptions } from './use-currency-options';

/** Why entered rates matter, the form to enter one (with the permission) and the rates entered so far. */
export function ExchangeRatesTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [currency, setCurrency] = useState('');
  const rates = useExchangeRates(currency);
  const all = useMemo(() => ({ value: '', label: t('fundingSettings.rates.allCurrencies') }), [t]);
  const currencies = useCurrencyOptions(all);

  return (
    <Stack gap="lg" maw={960}>
      <Text>{t('fundingSettings.rates.intro')}</Text>
      <Text size="sm">{t('fundingSettings.rates.reconvertNote')}</Text>
      {can('exchange_rate.create') ? (
        <Section title={t('fundingSettings.rates.formTitle')} testId="exchange-rate-section">
          <ExchangeRateForm />
        </Section>
      ) : (
        <ReadOnlyNote />
      )}
      <Section title={t('fundingSettings.rates.title')} testId="exchange-rates">
        <NativeSelect
          label={t('fundingSettings.rates.filter')}
          data={currencies}
          value={currency}
          onChange={(event) => setCurrency(event.currentTarget.value)}
          maw={360}
          data-testid="exchange-rate-filter"
        />
        {rates.data === undefined ? (
          <QueryStatus queries={[rates]} />
        ) : rates.data.length === 0 ? (
          <Text>{t('fundingSettings.rates.none')}</Text>
        ) : (
          <RatesTable rates={rates.data} />
        )}
      </Section>
    </Stack>
  );
}

function RatesTable({ rates }: { readonly rates: readonly ExchangeRate[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollTable minWidth={720} caption={t('fundingSettings.rates.caption')} testId="exchange-rates-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('fundingSettings.rates.currency')}</Table.Th>
          <Table.Th scope="col">{t('fundingSettings.rates.period')}</Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'end' }}>
            {t('fundingSettings.rates.unitsPerUsd')}
          </Table.Th>
          <Table.Th scope="col">{t('fundingSettings.rates.source')}</Table.Th>
          <Table.Th scope="col">{t('fundingSettings.rates.enteredBy')}</Table.Th>
          <Table.Th scope="col">{t('fundingSettings.rates.enteredAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rates.map((rate) => (
          <Table.Tr key={`${rate.currency}/${rate.period}/${rate.source}`}>
            <Table.Th scope="row">{rate.currency}</Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{rate.period}</Table.Td>
            <Table.Td ff="monospace" style={{ textAlign: 'end' }}>
              {rate.unitsPerUsd}
            </Table.Td>
            <Table.Td>{rate.source}</Table.Td>
            <Table.Td>{rate.enteredBy ?? '—'}</Table.Td>
            <Table.Td>{format.dateTime(rate.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
