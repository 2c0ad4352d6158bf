import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '@/web/api/activities';
import { useLanguage } from '@/web/hooks/use-language';
import { formatMoney } from './money';

interface UsdValueProps {
  readonly record: Pick<Transaction, 'valueUsd' | 'currency' | 'usdRate'>;
}

/** A value in US dollars with the rate that converted it, its period and source, visible under it. */
export function UsdValue({ record }: UsdValueProps) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const { unitsPerUsd, period, sourceLabel } = record.usdRate;
  const note =
    record.currency === 'USD'
      ? t('activities.funding.noConversion')
      : t('activities.funding.rate', {
          rate: formatMoney(unitsPerUsd, language, 0),
          currency: record.currency,
          period: period === 'fixed' ? t('activities.funding.fixedPeriod') : period,
          source: pick(sourceLabel),
        });
  return (
    <Stack gap={0} align="flex-end">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="value-usd">
        {formatMoney(record.valueUsd, language)} USD
      </Text>
      <Text size="xs" c="dimmed" ta="right" maw={240}>
        {note}
      </Text>
    </Stack>
  );
}
