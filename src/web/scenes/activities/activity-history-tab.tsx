import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActivityHistory } from '@/web/api/activities';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';

const ACTIONS = new Set([
  'activity.create',
  'activity.update',
  'activity.workflow',
  'transaction.create',
  'transaction.update',
  'transaction.delete',
  'budget.create',
  'budget.update',
  'budget.delete',
]);

/** Every change of the activity and its money, oldest first: when, who, what and which fields. */
export function ActivityHistoryTab({ activityId }: { readonly activityId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useActivityHistory(activityId);
  if (history.data === undefined) {
    return <QueryStatus queries={[history]} />;
  }
  return (
    <Section title={t('activities.history.title')} intro={t('activities.history.intro')}>
      {history.data.length === 0 ? (
        <Text>{t('activities.history.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="history-table">
            <Table.Caption>{t('activities.history.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('activities.history.when')}</Table.Th>
                <Table.Th scope="col">{t('activities.history.who')}</Table.Th>
                <Table.Th scope="col">{t('activities.history.action')}</Table.Th>
                <Table.Th scope="col">{t('activities.history.fields')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((entry) => (
                <Table.Tr key={entry.seq}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.occurredAt)}</Table.Td>
                  <Table.Td>{entry.actorName}</Table.Td>
                  <Table.Td>
                    {ACTIONS.has(entry.action) ? (
                      t(
                        `activities.history.actions.${entry.action.replace('.', '_')}` as 'activities.history.actions.activity_create',
                      )
                    ) : (
                      <Code>{entry.action}</Code>
                    )}
                    {typeof entry.details.action === 'string' ? (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        (
                        {t(
                          `activities.workflow.actions.${entry.details.action}` as 'activities.workflow.actions.submit',
                        )}
                        )
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {entry.changedFields.length === 0 ? '—' : entry.changedFields.join(', ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
