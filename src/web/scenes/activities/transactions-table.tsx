import { Alert, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, type Transaction, useDeleteTransaction } from '@/web/api/activities';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { STAGE_LABELS, TRANSACTION_TYPE_LABELS, type TransactionType } from '@/shared/funding-stages';
import { formatMoney } from './money';
import { UsdValue } from './usd-value';
import { useSession } from '@/web/hooks/use-session';
import { useAppropriationAccounts } from '@/web/api/queries';
import { ConfirmDeleteButton } from './confirm-delete-button';
import { TransactionEditor } from './transaction-editor';

interface TransactionsTableProps {
  readonly activity: Activity;
  readonly transactions: readonly Transaction[];
}

/**
 * The transactions with their stage, value, value in USD (and its rate), account and fiscal year; with
 * `funding.write`, each can be changed in a dialog or deleted.
 */
export function TransactionsTable({ activity, transactions }: TransactionsTableProps) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const format = useFormat();
  const { can } = useSession();
  const accounts = useAppropriationAccounts();
  const remove = useDeleteTransaction(activity.id);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  // After a conflict the list reloads: the dialog shows the version someone else saved.
  const editing = transactions.find((item) => item.id === editingId);
  const startEditing = (id: string) => {
    setChanged(false);
    setEditingId(id);
  };
  const typeLabel = (type: string) => {
    const label = TRANSACTION_TYPE_LABELS[type as TransactionType];
    return label === undefined ? type : pick(label);
  };
  const account = (code: string | null) =>
    code === null ? '—' : (accounts.data?.find((item) => item.code === code)?.acronym ?? code);

  return (
    <Stack>
      {changed ? (
        <Alert color="green" variant="light" role="status" data-testid="transaction-changed">
          {t('activities.transaction.changed')}
        </Alert>
      ) : null}
      <ProblemAlert error={remove.error} />
      <TransactionEditor
        activity={activity}
        transaction={editing}
        onClose={() => setEditingId(null)}
        onSaved={() => {
          setEditingId(null);
          setChanged(true);
        }}
      />
      <Table.ScrollContainer minWidth={840}>
        <Table striped data-testid="transactions-table">
          <Table.Caption>{t('activities.funding.transactionsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('activities.transaction.date')}</Table.Th>
              <Table.Th scope="col">{t('activities.transaction.type')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('activities.transaction.value')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('activities.funding.valueUsd')}
              </Table.Th>
              <Table.Th scope="col">{t('activities.transaction.account')}</Table.Th>
              {can('funding.write') ? (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('activities.funding.actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {transactions.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {format.date(item.transactionDate)}
                  <Text size="xs" c="dimmed">
                    {t('activities.funding.fiscalYearOf', { year: format.year(item.fiscalYear) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{typeLabel(item.type)}</Text>
                  <Text size="xs" c="dimmed">
                    {pick(STAGE_LABELS[item.stage])}
                    {item.description === '' ? '' : ` · ${item.description}`}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(item.value, language)} {item.currency}
                </Table.Td>
                <Table.Td>
                  <UsdValue record={item} />
                </Table.Td>
                <Table.Td>{account(item.accountCode)}</Table.Td>
                {can('funding.write') ? (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" onClick={() => startEditing(item.id)}>
                        {t('activities.funding.edit')}
                      </Button>
                      <ConfirmDeleteButton
                        pending={remove.isPending && remove.variables.recordId === item.id}
                        onConfirm={() => remove.mutate({ recordId: item.id, version: item.version })}
                      />
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
