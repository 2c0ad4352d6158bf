import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFundingEvents } from '@/web/api/funding';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useLanguage } from '@/web/hooks/use-language';
import { createFormatters } from '@/web/utils/format';
import type { FundingFilters } from './funding-filters';

/** Suspensions, reprogramming and other shocks to the money, newest first. */
export function FundingEventsSection({ filters }: { readonly filters: FundingFilters }) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  // Event dates are calendar days: read in UTC, they never shift to the day before in the Americas.
  const format = useMemo(() => createFormatters(language, 'UTC'), [language]);
  const events = useFundingEvents();
  // Events carry only whether they are demo records; the other filters do not apply to them.
  const shown = (events.data ?? []).filter(
    (event) => filters.demo === undefined || event.isDemo === (filters.demo === 'true'),
  );

  return (
    <Section title={t('funding.events.title')} intro={t('funding.events.intro')} testId="funding-events">
      {events.data === undefined ? (
        <QueryStatus queries={[events]} />
      ) : shown.length === 0 ? (
        <Text>{t('funding.events.none')}</Text>
      ) : (
        <Stack component="ol" className="plain-list" gap="sm">
          {shown.map((event) => (
            <Paper component="li" key={event.id} withBorder p="sm" radius="md" data-testid="funding-event">
              <Group gap="xs" mb={4}>
                <Badge color={event.kind === 'suspension' ? 'red.9' : 'blue.9'} variant="filled">
                  {t(`funding.events.kinds.${event.kind}`)}
                </Badge>
                {event.isDemo ? (
                  <Badge color="yellow.3" c="dark.9" variant="filled">
                    {t('funding.events.demo')}
                  </Badge>
                ) : null}
                <Text size="sm" c="dimmed" component="span">
                  <time dateTime={event.eventDate}>{format.date(event.eventDate)}</time>
                </Text>
              </Group>
              <Title order={3} size="h5">
                {pick(event.title)}
              </Title>
              {pick(event.description) === '' ? null : <Text size="sm">{pick(event.description)}</Text>}
              <Text size="xs" c="dimmed" mt={4}>
                {t('funding.events.activities', { total: format.integer(event.activityIds.length) })}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}
