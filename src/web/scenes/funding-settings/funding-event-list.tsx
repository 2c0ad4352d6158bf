import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FundingEvent, type FundingEventKind, useActivityRecord } from '@/web/api/funding-settings';
import { useLanguage } from '@/web/hooks/use-language';
import { createFormatters } from '@/web/utils/format';
import { DemoBadge } from '@/web/components/demo-badge';

/** Events that take money away are red; the others blue. */
const LOSSES: readonly FundingEventKind[] = ['suspension', 'rescission', 'cut'];

/** The events with their kind, date, title, description and the activities they hit (links, on demand). */
export function FundingEventList({ events }: { readonly events: readonly FundingEvent[] }) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  // Event dates are calendar days: read in UTC, they never shift to the day before in the Americas.
  const format = useMemo(() => createFormatters(language, 'UTC'), [language]);

  return (
    <Stack component="ol" className="plain-list" gap="sm" data-testid="funding-event-list">
      {events.map((event) => (
        <Paper component="li" key={event.id} withBorder p="sm" radius="md" data-testid="funding-event">
          <Group gap="xs" mb={4}>
            <Badge color={LOSSES.includes(event.kind) ? 'red.9' : 'blue.9'} variant="filled">
              {t(`fundingSettings.events.kinds.${event.kind}`)}
            </Badge>
            {event.isDemo ? <DemoBadge /> : null}
            <Text size="sm" c="dimmed" component="span">
              <time dateTime={event.eventDate}>{format.date(event.eventDate)}</time>
            </Text>
          </Group>
          <Title order={3} size="h5">
            {pick(event.title)}
          </Title>
          {pick(event.description) === '' ? null : <Text size="sm">{pick(event.description)}</Text>}
          <HitActivities ids={event.activityIds} />
        </Paper>
      ))}
    </Stack>
  );
}

/** How many activities the event hits; opened, the list of links (their titles are asked for only then). */
function HitActivities({ ids }: { readonly ids: readonly string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <Text span size="sm">
          {t('fundingSettings.events.activityCount', { count: ids.length })}
        </Text>
      </summary>
      {open ? (
        <Stack component="ul" gap={2} mt={4} mb={0} aria-label={t('fundingSettings.events.activities')}>
          {ids.map((id) => (
            <li key={id}>
              <ActivityLink id={id} />
            </li>
          ))}
        </Stack>
      ) : null}
    </details>
  );
}

function ActivityLink({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const activity = useActivityRecord(id);
  if (activity.error !== null) {
    return <Text size="sm">{t('fundingSettings.events.unavailable', { id })}</Text>;
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor component={Link} to={`/activities/${id}`} size="sm">
        {activity.data === undefined ? id : pick(activity.data.title)}
      </Anchor>
      {activity.data?.isDemo === true ? <DemoBadge /> : null}
    </Group>
  );
}
