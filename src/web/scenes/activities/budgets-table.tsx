import { Stack, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Budget, useDeleteBudget } from '@/web/api/activities';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { useSession } from '@/web/hooks/use-session';
import { ConfirmDeleteButton } from './confirm-delete-button';
import { formatMoney } from './money';
import { UsdValue } from './usd-value';

interface BudgetsTableProps {
  readonly activityId: string;
  readonly budgets: readonly Budget[];
}

/** The budgets by period, original or revised, with their value in USD; with `funding.write`, each can be deleted. */
export function BudgetsTable({ activityId, budgets }: BudgetsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormat();
  const { can } = useSession();
  const remove = useDeleteBudget(activityId);
  return (
    <Stack>
      <ProblemAlert error={remove.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped data-testid="budgets-table">
          <Table.Caption>{t('activities.funding.budgetsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('activities.funding.period')}</Table.Th>
              <Table.Th scope="col">{t('activities.funding.budgetType')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('activities.transaction.value')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('activities.funding.valueUsd')}
              </Table.Th>
              <Table.Th scope="col">{t('activities.funding.fiscalYear')}</Table.Th>
              {can('funding.write') ? (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('activities.funding.actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {budgets.map((budget) => (
              <Table.Tr key={budget.id}>
                <Table.Td>
                  {format.date(budget.periodStart)} – {format.date(budget.periodEnd)}
                </Table.Td>
                <Table.Td>
                  {t(budget.type === '2' ? 'activities.funding.revised' : 'activities.funding.original')}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(budget.value, language)} {budget.currency}
                </Table.Td>
                <Table.Td>
                  <UsdValue record={budget} />
                </Table.Td>
                <Table.Td>{format.year(budget.fiscalYear)}</Table.Td>
                {can('funding.write') ? (
                  <Table.Td>
                    <ConfirmDeleteButton
                      pending={remove.isPending && remove.variables.recordId === budget.id}
                      onConfirm={() => remove.mutate({ recordId: budget.id, version: budget.version })}
                    />
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
