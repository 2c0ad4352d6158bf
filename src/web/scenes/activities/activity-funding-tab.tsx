import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Activity, useActivityFunding } from '@/web/api/activities';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { BudgetForm } from './budget-form';
import { BudgetsTable } from './budgets-table';
import { TransactionForm } from './transaction-form';
import { TransactionsTable } from './transactions-table';
import { useSession } from '@/web/hooks/use-session';

/** The activity's transactions and budgets (to add, change or delete) and the funding events that hit it. */
export function ActivityFundingTab({ activity }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const { can } = useSession();
  const funding = useActivityFunding(activity.id);

  if (funding.data === undefined) {
    return <QueryStatus queries={[funding]} />;
  }
  const { transactions, budgets, events } = funding.data;
  return (
    <Stack gap="lg">
      <Section title={t('activities.funding.transactions')} intro={t('activities.funding.usdNote')}>
        {transactions.length === 0 ? (
          <Text>{t('activities.funding.noTransactions')}</Text>
        ) : (
          <TransactionsTable activity={activity} transactions={transactions} />
        )}
      </Section>
      {can('funding.write') ? (
        <Section title={t('activities.transaction.title')}>
          <TransactionForm activity={activity} />
        </Section>
      ) : null}
      <Section title={t('activities.funding.budgets')}>
        {budgets.length === 0 ? (
          <Text>{t('activities.funding.noBudgets')}</Text>
        ) : (
          <BudgetsTable activityId={activity.id} budgets={budgets} />
        )}
      </Section>
      {can('funding.write') ? (
        <Section title={t('activities.budget.title')}>
          <BudgetForm activity={activity} />
        </Section>
      ) : null}
      <Section title={t('activities.funding.events')}>
        {events.length === 0 ? (
          <Text>{t('activities.funding.noEvents')}</Text>
        ) : (
          <List spacing="xs" data-testid="funding-events">
            {events.map((event) => (
              <List.Item key={event.id}>
                <Text fw={600} span>
                  {format.date(event.eventDate)} · {t(`activities.funding.eventKinds.${event.kind}`)}:
                </Text>{' '}
                {pick(event.title)}
                {pick(event.description) === '' ? null : (
                  <Text size="sm" c="dimmed">
                    {pick(event.description)}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}
