import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, type BudgetInput, useCreateBudget } from '@/web/api/activities';
import { useCodelist } from '@/web/api/queries';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';

const FIELDS = ['type', 'periodStart', 'periodEnd', 'value', 'currency', 'valueDate'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

/** The request body: money stays the decimal text typed; an empty value date is the period's start. */
function budgetInput(draft: Draft): BudgetInput {
  return {
    type: draft.type === '2' ? '2' : '1',
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    value: draft.value.trim(),
    currency: draft.currency,
    valueDate: draft.valueDate === '' ? undefined : draft.valueDate,
  };
}

/** Records a budget of the activity for a period; problems are shown next to their fields. */
export function BudgetForm({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const create = useCreateBudget(activity.id);
  const currencies = useCodelist('Currency', 'active', '');
  const empty: Draft = {
    type: '1',
    periodStart: '',
    periodEnd: '',
    value: '',
    currency: activity.defaultCurrency,
    valueDate: '',
  };
  const [draft, setDraft] = useState<Draft>(empty);
  const [saved, setSaved] = useState(false);
  const problems = useFormProblems(create.error, FIELDS);
  const bind = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setDraft({ ...draft, [key]: event.currentTarget.value }),
    error: problems.fields[key],
  });

  return (
    <form
      noValidate
      data-testid="budget-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        create.mutate(budgetInput(draft), {
          onSuccess: () => {
            setDraft(empty);
            setSaved(true);
          },
        });
      }}
    >
      <Stack gap="md">
        {saved ? (
          <Alert color="green" variant="light" role="status">
            {t('activities.budget.saved')}
          </Alert>
        ) : null}
        <ProblemAlert error={create.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <NativeSelect
            label={t('activities.funding.budgetType')}
            data={[
              { value: '1', label: t('activities.funding.original') },
              { value: '2', label: t('activities.funding.revised') },
            ]}
            required
            {...bind('type')}
          />
          <TextInput
            type="date"
            label={t('activities.budget.periodStart')}
            required
            {...bind('periodStart')}
          />
          <TextInput type="date" label={t('activities.budget.periodEnd')} required {...bind('periodEnd')} />
          <TextInput
            label={t('activities.transaction.value')}
            description={t('activities.transaction.valueHint')}
            inputMode="decimal"
            required
            {...bind('value')}
          />
          <NativeSelect
            label={t('activities.transaction.currency')}
            data={(currencies.data?.items ?? [{ code: activity.defaultCurrency }]).map((item) => item.code)}
            required
            {...bind('currency')}
          />
          <TextInput
            type="date"
            label={t('activities.transaction.valueDate')}
            description={t('activities.budget.valueDateHint')}
            {...bind('valueDate')}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('activities.budget.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
