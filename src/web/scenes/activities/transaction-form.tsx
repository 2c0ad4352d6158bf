import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, type TransactionInput, useCreateTransaction } from '@/web/api/activities';
import { useAllOrganisations } from '@/web/api/admin';
import { useAppropriationAccounts, useCodelist } from '@/web/api/queries';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useLanguage } from '@/web/hooks/use-language';
import { TRANSACTION_TYPE_LABELS, TRANSACTION_TYPES } from '@/shared/funding-stages';

const FIELD_KEYS = [
  'type',
  'value',
  'currency',
  'valueDate',
  'accountCode',
  'providerOrgId',
  'receiverOrgId',
  'description',
];
type Draft = Record<
  | 'type'
  | 'value'
  | 'currency'
  | 'valueDate'
  | 'accountCode'
  | 'providerOrgId'
  | 'receiverOrgId'
  | 'description',
  string
>;

const orNull = (text: string) => (text === '' ? null : text);

/** The request body: money stays the decimal text typed (never a float). */
function transactionInput(draft: Draft): TransactionInput {
  return {
    type: draft.type as TransactionInput['type'],
    value: draft.value.trim(),
    currency: draft.currency,
    valueDate: draft.valueDate,
    accountCode: orNull(draft.accountCode),
    providerOrgId: orNull(draft.providerOrgId),
    receiverOrgId: orNull(draft.receiverOrgId),
    description: draft.description.trim(),
  };
}

/** Records a transaction of the activity; problems are shown next to their fields. */
export function TransactionForm({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const create = useCreateTransaction(activity.id);
  const accounts = useAppropriationAccounts();
  const organisations = useAllOrganisations();
  const currencies = useCodelist('Currency', 'active', '');
  const empty: Draft = {
    type: '2',
    value: '',
    currency: activity.defaultCurrency,
    valueDate: '',
    accountCode: '',
    providerOrgId: '',
    receiverOrgId: '',
    description: '',
  };
  const [draft, setDraft] = useState<Draft>(empty);
  const [saved, setSaved] = useState(false);
  const problems = useFormProblems(create.error, FIELD_KEYS);
  const bind = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setDraft({ ...draft, [key]: event.currentTarget.value }),
    error: problems.fields[key],
  });
  const none = { value: '', label: t('form.none') };
  const organisationOptions = [
    none,
    ...(organisations.data ?? []).map((item) => ({ value: item.id, label: pick(item.name) })),
  ];

  return (
    <form
      noValidate
      data-testid="transaction-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        create.mutate(transactionInput(draft), {
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
            {t('activities.transaction.saved')}
          </Alert>
        ) : null}
        <ProblemAlert error={create.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          <NativeSelect
            label={t('activities.transaction.type')}
            data={TRANSACTION_TYPES.map((type) => ({
              value: type,
              label: pick(TRANSACTION_TYPE_LABELS[type]),
            }))}
            required
            {...bind('type')}
          />
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
            required
            {...bind('valueDate')}
          />
          <NativeSelect
            label={t('activities.transaction.account')}
            data={[
              none,
              ...(accounts.data ?? []).map((item) => ({
                value: item.code,
                label: `${item.acronym} (${item.code})`,
              })),
            ]}
            {...bind('accountCode')}
          />
          <NativeSelect
            label={t('activities.transaction.provider')}
            data={organisationOptions}
            {...bind('providerOrgId')}
          />
          <NativeSelect
            label={t('activities.transaction.receiver')}
            data={organisationOptions}
            {...bind('receiverOrgId')}
          />
          <TextInput
            label={t('activities.transaction.description')}
            maxLength={2000}
            {...bind('description')}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('activities.transaction.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
