import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Budget } from '@/web/api/activities';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { formatMoney } from './money';
import { UsdValue } from './usd-value';

/** The budgets by period, original or revised, with their value in USD. */
export function BudgetsTable({ budgets }: { readonly budgets: readonly Budget[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormat();
  return (
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
