import { Alert, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
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
import { PublishedValuesBlock } from './published-values';
import { hasPublishedValues } from './published-xml';
import { TransactionEditor } from './transaction-editor';

interface TransactionsTableProps {
  readonly activity: Activity;
  readonly transactions: readonly Transaction[];
}

/**
 * The transactions with their stage, value, value in USD (and its rate), appropriation account, fiscal year and
 * published fiscal funding year; an imported one shows its extension elements as published on request. With
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
  // The transactions whose published extension elements are shown under them.
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setShown((current) => {
      const next = new Set(current);
      if (!next.delete(id)) {
        next.add(id);
      }
      return next;
    });
  const columns = can('funding.write') ? 8 : 7;
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
  const account = (code: string | null) => {
    if (code === null) {
      return '—';
    }
    const known = accounts.data?.find((item) => item.code === code);
    return (
      <>
        <Text size="sm">{known?.acronym ?? code}</Text>
        {known === undefined ? null : (
          <Text size="xs" c="dimmed">
            {code}
          </Text>
        )}
      </>
    );
  };

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
      <Table.ScrollContainer minWidth={1000}>
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
              <Table.Th scope="col">{t('activities.funding.fundingYear')}</Table.Th>
              <Table.Th scope="col">{t('activities.published.column')}</Table.Th>
              {can('funding.write') ? (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('activities.funding.actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {transactions.map((item) => (
              <Fragment key={item.id}>
                <Table.Tr data-testid="transaction-row">
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
                  <Table.Td data-testid="transaction-account">{account(item.accountCode)}</Table.Td>
                  <Table.Td data-testid="transaction-funding-year">{item.fiscalFundingYear ?? '—'}</Table.Td>
                  <Table.Td>
                    {hasPublishedValues(item.extensions) ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-expanded={shown.has(item.id)}
                        aria-controls={`published-${item.id}`}
                        onClick={() => toggle(item.id)}
                      >
                        {shown.has(item.id) ? t('activities.published.hide') : t('activities.published.show')}
                      </Button>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
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
                {shown.has(item.id) && hasPublishedValues(item.extensions) ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <PublishedValuesBlock
                        id={`published-${item.id}`}
                        values={item.extensions}
                        testId="transaction-published"
                      />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
