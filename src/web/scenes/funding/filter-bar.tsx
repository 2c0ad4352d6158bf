import { Button, Fieldset, NativeSelect, SimpleGrid } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { FIRST_FISCAL_YEAR, type FundingFilters, LAST_FISCAL_YEAR } from './funding-filters';
import { useFundingLabels } from './use-funding-labels';

const YEARS = Array.from(
  { length: LAST_FISCAL_YEAR - FIRST_FISCAL_YEAR + 1 },
  (_, i) => FIRST_FISCAL_YEAR + i,
);

interface FilterBarProps {
  readonly filters: FundingFilters;
  readonly onChange: (filters: FundingFilters) => void;
}

/** The dashboard's filters; each choice applies at once and is kept in the address. */
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const labels = useFundingLabels();
  const all = { value: '', label: t('funding.filters.all') };
  const years = [all, ...YEARS.map((year) => ({ value: String(year), label: format.year(year) }))];
  const select = (key: keyof FundingFilters) => ({
    value: filters[key] ?? '',
    onChange: (event: ChangeEvent<HTMLSelectElement>) =>
      onChange({ ...filters, [key]: event.currentTarget.value || undefined }),
  });

  return (
    <Fieldset legend={t('funding.filters.legend')} data-testid="funding-filters">
      <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="sm">
        <NativeSelect
          label={t('funding.filters.country')}
          data={[all, ...labels.countries.map((item) => ({ value: item.code, label: pick(item.name) }))]}
          {...select('country')}
        />
        <NativeSelect
          label={t('funding.filters.goal')}
          data={[all, ...labels.goals.map((item) => ({ value: item.code, label: labels.goal(item.code) }))]}
          {...select('goal')}
        />
        <NativeSelect
          label={t('funding.filters.fiscalYearFrom')}
          data={years}
          {...select('fiscalYearFrom')}
        />
        <NativeSelect label={t('funding.filters.fiscalYearTo')} data={years} {...select('fiscalYearTo')} />
        <NativeSelect
          label={t('funding.filters.account')}
          data={[
            all,
            ...labels.accounts.map((item) => ({ value: item.code, label: labels.account(item.code) })),
          ]}
          {...select('account')}
        />
        <NativeSelect
          label={t('funding.filters.records')}
          data={[
            all,
            { value: 'false', label: t('funding.filters.realOnly') },
            { value: 'true', label: t('funding.filters.demoOnly') },
          ]}
          {...select('demo')}
        />
      </SimpleGrid>
      <Button
        variant="default"
        mt="md"
        onClick={() => onChange({})}
        disabled={Object.keys(filters).length === 0}
      >
        {t('funding.filters.clear')}
      </Button>
    </Fieldset>
  );
}
