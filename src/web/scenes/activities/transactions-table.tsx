import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Transaction, useDeleteTransaction } from '@/web/api/activities';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { STAGE_LABELS, TRANSACTION_TYPE_LABELS, type TransactionType } from '@/shared/funding-stages';
import { formatMoney } from './money';
import { UsdValue } from './usd-value';
import { useSession } from '@/web/hooks/use-session';
import { useAppropriationAccounts } from '@/web/api/queries';

interface TransactionsTableProps {
  readonly activityId: string;
  readonly transactions: readonly Transaction[];
}

/** The transactions with their stage, value, value in USD (and its rate), account and fiscal year. */
export function TransactionsTable({ activityId, transactions }: TransactionsTableProps) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const format = useFormat();
  const { can } = useSession();
  const accounts = useAppropriationAccounts();
  const remove = useDeleteTransaction(activityId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const typeLabel = (type: string) => {
    const label = TRANSACTION_TYPE_LABELS[type as TransactionType];
    return label === undefined ? type : pick(label);
  };
  const account = (code: string | null) =>
    code === null ? '—' : (accounts.data?.find((item) => item.code === code)?.acronym ?? code);

  return (
    <Stack>
      <ProblemAlert error={remove.error} />
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
                      <Button
                        size="compact-sm"
                        variant={confirming === item.id ? 'filled' : 'subtle'}
                        color="red.9"
                        c={confirming === item.id ? 'white' : 'red.9'}
                        loading={remove.isPending && remove.variables.recordId === item.id}
                        onClick={() => {
                          if (confirming !== item.id) {
                            setConfirming(item.id);
                            return;
                          }
                          setConfirming(null);
                          remove.mutate({ recordId: item.id, version: item.version });
                        }}
                      >
                        {confirming === item.id
                          ? t('activities.funding.confirmDelete')
                          : t('activities.funding.delete')}
                      </Button>
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
