import { Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExchangeRateInput, useCreateExchangeRate } from '@/web/api/funding-settings';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { SavedNotice } from './notices';
import { useCurrencyOptions } from './use-currency-options';

const FIELD_KEYS = ['currency', 'period', 'unitsPerUsd', 'source'] as const;
type Draft = Record<(typeof FIELD_KEYS)[number], string>;
const EMPTY: Draft = { currency: '', period: '', unitsPerUsd: '', source: '' };

/** The request body: the rate stays the decimal text typed (never a float). */
function rateInput(draft: Draft): ExchangeRateInput {
  return {
    currency: draft.currency,
    period: draft.period.trim(),
    unitsPerUsd: draft.unitsPerUsd.trim(),
    source: draft.source.trim(),
  };
}

/** Enters a rate with its source; the confirmation says how many records were converted again. */
export function ExchangeRateForm() {
  const { t } = useTranslation();
  const create = useCreateExchangeRate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [notice, setNotice] = useState<string | null>(null);
  const problems = useFormProblems(create.error, FIELD_KEYS);
  const choose = useMemo(() => ({ value: '', label: t('form.choose'), disabled: true }), [t]);
  const currencies = useCurrencyOptions(choose);
  const bind = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setDraft({ ...draft, [key]: event.currentTarget.value }),
    error: problems.fields[key],
  });

  return (
    <form
      noValidate
      data-testid="exchange-rate-form"
      onSubmit={(event) => {
        event.preventDefault();
        setNotice(null);
        const body = rateInput(draft);
        create.mutate(body, {
          onSuccess: (rate) => {
            setNotice(
              t('fundingSettings.rates.saved', {
                count: rate.reconverted,
                currency: rate.currency,
                period: rate.period,
                rate: rate.unitsPerUsd,
              }),
            );
            setDraft({ ...EMPTY, currency: rate.currency });
          },
        });
      }}
    >
      <Stack gap="md">
        <SavedNotice message={notice} testId="exchange-rate-saved" />
        <ProblemAlert error={create.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NativeSelect
            label={t('fundingSettings.rates.currency')}
            description={t('fundingSettings.rates.currencyHint')}
            data={currencies}
            required
            {...bind('currency')}
          />
          <TextInput
            label={t('fundingSettings.rates.period')}
            description={t('fundingSettings.rates.periodHint')}
            placeholder="2024-05"
            maxLength={10}
            required
            autoComplete="off"
            {...bind('period')}
          />
          <TextInput
            label={t('fundingSettings.rates.unitsPerUsd')}
            description={t('fundingSettings.rates.unitsPerUsdHint')}
            inputMode="decimal"
            maxLength={25}
            required
            autoComplete="off"
            {...bind('unitsPerUsd')}
          />
        </SimpleGrid>
        <TextInput
          label={t('fundingSettings.rates.source')}
          description={t('fundingSettings.rates.sourceHint')}
          maxLength={300}
          required
          {...bind('source')}
        />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('fundingSettings.rates.submit')}
        </Button>
      </Stack>
    </form>
  );
}
