import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAllOrganisations } from '@/web/api/admin';
import { useAppropriationAccounts, useCodelist } from '@/web/api/queries';
import { useLanguage } from '@/web/hooks/use-language';
import { TRANSACTION_TYPE_LABELS, TRANSACTION_TYPES } from '@/shared/funding-stages';
import type { TransactionDraft } from './transaction-draft';

/** The props a field needs to show and change one key of the draft, with its problem. */
export type BindField = (key: keyof TransactionDraft) => {
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error: string | undefined;
};

interface TransactionFieldsProps {
  readonly bind: BindField;
  /** Offered while the currency list loads. */
  readonly currency: string;
}

/** The fields of a transaction: type, exact value and currency, dates, account, organisations, description. */
export function TransactionFields({ bind, currency }: TransactionFieldsProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const accounts = useAppropriationAccounts();
  const organisations = useAllOrganisations();
  const currencies = useCodelist('Currency', 'active', '');
  const none = { value: '', label: t('form.none') };
  const organisationOptions = [
    none,
    ...(organisations.data ?? []).map((item) => ({ value: item.id, label: pick(item.name) })),
  ];

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      <NativeSelect
        label={t('activities.transaction.type')}
        data={TRANSACTION_TYPES.map((type) => ({ value: type, label: pick(TRANSACTION_TYPE_LABELS[type]) }))}
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
        data={(currencies.data?.items ?? [{ code: currency }]).map((item) => item.code)}
        required
        {...bind('currency')}
      />
      <TextInput type="date" label={t('activities.transaction.valueDate')} required {...bind('valueDate')} />
      <TextInput
        type="date"
        label={t('activities.transaction.transactionDate')}
        description={t('activities.transaction.transactionDateHint')}
        {...bind('transactionDate')}
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
      <TextInput label={t('activities.transaction.description')} maxLength={2000} {...bind('description')} />
    </SimpleGrid>
  );
}
