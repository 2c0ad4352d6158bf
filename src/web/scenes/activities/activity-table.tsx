import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivitySummary } from '@/web/api/activities';
import { useFormat } from '@/web/hooks/use-format';
import { DemoBadge } from '@/web/components/demo-badge';
import { useActivityNames } from './use-activity-names';

/** One page of activities; each title links to its activity page. */
export function ActivityTable({ activities }: { readonly activities: readonly ActivitySummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useActivityNames();
  const dates = (start: string | null, end: string | null) =>
    start === null && end === null
      ? '—'
      : `${start === null ? '…' : format.date(start)} – ${end === null ? '…' : format.date(end)}`;

  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover data-testid="activities-table">
        <Table.Caption>{t('activities.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('activities.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('activities.columns.organisation')}</Table.Th>
            <Table.Th scope="col">{t('activities.columns.country')}</Table.Th>
            <Table.Th scope="col">{t('activities.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('activities.columns.workflow')}</Table.Th>
            <Table.Th scope="col">{t('activities.columns.dates')}</Table.Th>
            <Table.Th scope="col">{t('activities.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((activity) => (
            <Table.Tr key={activity.id}>
              <Table.Th scope="row" miw={280}>
                <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
                  <Anchor component={Link} to={`/activities/${activity.id}`} fw={600}>
                    {names.pick(activity.title)}
                  </Anchor>
                  {activity.isDemo ? <DemoBadge /> : null}
                </Group>
                <Text size="xs" c="dimmed" fw={400}>
                  {t(`activities.levels.${activity.level}`)} ·{' '}
                  <Text span inherit ff="monospace">
                    {activity.iatiIdentifier ?? '—'}
                  </Text>
                </Text>
              </Table.Th>
              <Table.Td>{names.pick(activity.reportingOrgName)}</Table.Td>
              <Table.Td>
                {activity.primaryCountry === null ? '—' : names.country(activity.primaryCountry)}
              </Table.Td>
              <Table.Td>{names.status(activity.status)}</Table.Td>
              <Table.Td>{t(`activities.workflowStates.${activity.workflowState}`)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {dates(activity.plannedStart, activity.plannedEnd)}
                </Text>
              </Table.Td>
              <Table.Td>{format.date(activity.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
