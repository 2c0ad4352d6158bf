import { Button, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetPeriodLock } from '@/web/api/funding-settings';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useLanguage } from '@/web/hooks/use-language';
import { fiscalYearMonths, monthName } from './fiscal-year-span';
import { useLocalChecks } from './use-local-checks';
import { useOrganisationNames } from './use-organisation-names';

const FIELD_KEYS = ['organisationId', 'fiscalYear'] as const;
const YEAR = /^\d{4}$/;

/** Locks an organisation's fiscal year; it says which months that year covers in its convention. */
export function PeriodLockForm({ onSaved }: { readonly onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const lock = useSetPeriodLock();
  const organisations = useOrganisationNames();
  const [organisationId, setOrganisationId] = useState('');
  const [year, setYear] = useState('');
  const { local, check, form } = useLocalChecks();
  const problems = useFormProblems(lock.error, FIELD_KEYS, local);
  const chosen = organisations.find(organisationId);
  const convention = chosen === undefined || !YEAR.test(year.trim()) ? null : describe(Number(year));

  function describe(fiscalYear: number): string {
    const startMonth = chosen?.fiscalYearStartMonth ?? 1;
    if (startMonth === 1) {
      return t('fundingSettings.locks.calendarYear', { year: fiscalYear });
    }
    const { first, last } = fiscalYearMonths(fiscalYear, startMonth);
    return t('fundingSettings.locks.splitYear', {
      year: fiscalYear,
      month: monthName(first, language, false),
      start: monthName(first, language),
      end: monthName(last, language),
    });
  }

  return (
    <form
      ref={form}
      noValidate
      data-testid="period-lock-form"
      onSubmit={(event) => {
        event.preventDefault();
        const ok = check({
          ...(organisationId === '' ? { organisationId: t('form.required') } : {}),
          ...(YEAR.test(year.trim()) ? {} : { fiscalYear: t('fundingSettings.locks.fiscalYearInvalid') }),
        });
        if (!ok || chosen === undefined) {
          return;
        }
        const body = { organisationId, fiscalYear: Number(year.trim()) };
        lock.mutate(
          { body, locked: true },
          {
            onSuccess: () =>
              onSaved(
                t('fundingSettings.locks.locked', { year: body.fiscalYear, organisation: pick(chosen.name) }),
              ),
          },
        );
      }}
    >
      <Stack gap="md">
        <ProblemAlert error={lock.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('fundingSettings.locks.organisation')}
            data={[
              { value: '', label: t('form.choose'), disabled: true },
              ...organisations.sorted.map((item) => ({ value: item.id, label: pick(item.name) })),
            ]}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.currentTarget.value)}
            error={problems.fields.organisationId}
            required
          />
          <TextInput
            label={t('fundingSettings.locks.fiscalYear')}
            description={t('fundingSettings.locks.fiscalYearHint')}
            inputMode="numeric"
            maxLength={4}
            value={year}
            onChange={(event) => setYear(event.currentTarget.value)}
            error={problems.fields.fiscalYear}
            required
            autoComplete="off"
          />
        </SimpleGrid>
        {convention === null ? null : (
          <Text size="sm" aria-live="polite" data-testid="fiscal-year-convention">
            {convention}
          </Text>
        )}
        <Button type="submit" loading={lock.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('fundingSettings.locks.submit')}
        </Button>
      </Stack>
    </form>
  );
}
