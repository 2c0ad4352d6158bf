import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodelist } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';

/** The currencies of the seven CARSI countries (USD and PAB, SVC have legal parities but may be listed). */
const REGION_CURRENCIES = ['BZD', 'CRC', 'GTQ', 'HNL', 'NIO', 'PAB', 'SVC'] as const;

interface Option {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean;
}

/**
 * Options of a currency select (ISO 4217 code and name), the region's currencies first; `first` is the
 * option before them (e.g. "Choose…" or "All currencies").
 */
export function useCurrencyOptions(first: Option) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const currencies = useCodelist('Currency', 'active', '');
  return useMemo(() => {
    const items = currencies.data?.items ?? [];
    const label = (code: string) => {
      const item = items.find((entry) => entry.code === code);
      return item === undefined ? code : `${code} — ${pick(item.name)}`;
    };
    const region = new Set<string>(REGION_CURRENCIES);
    return [
      first,
      {
        group: t('fundingSettings.rates.regionGroup'),
        items: REGION_CURRENCIES.map((code) => ({ value: code, label: label(code) })),
      },
      {
        group: t('fundingSettings.rates.otherGroup'),
        items: items
          .filter((item) => !region.has(item.code))
          .map((item) => ({ value: item.code, label: label(item.code) })),
      },
    ];
  }, [currencies.data, first, pick, t]);
}
