import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Activity,
  type Transaction,
  useCreateTransaction,
  useUpdateTransaction,
} from '@/web/api/activities';
import { isProblem } from '@/web/api/api-problem';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import {
  emptyTransactionDraft,
  TRANSACTION_FIELDS,
  transactionChanges,
  type TransactionDraft,
  transactionDraftOf,
  transactionInput,
} from './transaction-draft';
import { TransactionFields } from './transaction-fields';

interface TransactionFormProps {
  readonly activity: Activity;
  /** The transaction to change (at its version); without it the form records a new one. */
  readonly transaction?: Transaction;
  /** The change was saved. */
  readonly onSaved?: () => void;
  readonly onCancel?: () => void;
  /** Someone else changed the transaction first (412); the funding reloads meanwhile. */
  readonly onConflict?: (error: unknown) => void;
}

/**
 * Records a transaction of the activity, or changes one sending only the changed fields; problems are shown
 * next to their fields.
 */
export function TransactionForm({
  activity,
  transaction,
  onSaved,
  onCancel,
  onConflict,
}: TransactionFormProps) {
  const { t } = useTranslation();
  const create = useCreateTransaction(activity.id);
  const update = useUpdateTransaction(activity.id);
  const [initial] = useState(() =>
    transaction === undefined
      ? emptyTransactionDraft(activity.defaultCurrency)
      : transactionDraftOf(transaction),
  );
  const [draft, setDraft] = useState<TransactionDraft>(initial);
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null);
  const mutation = transaction === undefined ? create : update;
  // A 412 is explained above the form, which then starts again from the reloaded version.
  const error = isProblem(mutation.error, 'precondition_failed') ? null : mutation.error;
  const problems = useFormProblems(error, TRANSACTION_FIELDS);
  const bind = (key: keyof TransactionDraft) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setDraft({ ...draft, [key]: event.currentTarget.value }),
    error: problems.fields[key],
  });

  const submit = () => {
    setNotice(null);
    if (transaction === undefined) {
      create.mutate(transactionInput(draft), {
        onSuccess: () => {
          setDraft(initial);
          setNotice('saved');
        },
      });
      return;
    }
    const body = transactionChanges(initial, draft);
    if (Object.keys(body).length === 0) {
      setNotice('unchanged');
      return;
    }
    update.mutate(
      { recordId: transaction.id, version: transaction.version, body },
      {
        onSuccess: () => onSaved?.(),
        onError: (failure) => {
          if (isProblem(failure, 'precondition_failed')) {
            onConflict?.(failure);
          }
        },
      },
    );
  };

  return (
    <form
      noValidate
      data-testid={transaction === undefined ? 'transaction-form' : 'transaction-edit-form'}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {notice === null ? null : (
          <Alert color={notice === 'saved' ? 'green' : 'blue'} variant="light" role="status">
            {t(notice === 'saved' ? 'activities.transaction.saved' : 'activities.transaction.unchanged')}
          </Alert>
        )}
        <ProblemAlert error={error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <TransactionFields bind={bind} currency={initial.currency} />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {transaction === undefined ? t('activities.transaction.submit') : t('form.saveChanges')}
          </Button>
          {onCancel === undefined ? null : (
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
