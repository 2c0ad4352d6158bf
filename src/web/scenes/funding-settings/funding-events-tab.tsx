import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFundingEventList } from '@/web/api/funding-settings';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useSession } from '@/web/hooks/use-session';
import { FundingEventForm } from './funding-event-form';
import { FundingEventList } from './funding-event-list';
import { ReadOnlyNote, SavedNotice } from './notices';

/** The form to record a funding event (with the permission) and the events recorded, newest first. */
export function FundingEventsTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const events = useFundingEventList();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={960}>
      <Text>{t('fundingSettings.events.intro')}</Text>
      <SavedNotice message={notice} testId="funding-event-saved" />
      {can('funding_event.create') ? (
        <Section title={t('fundingSettings.events.formTitle')} testId="funding-event-section">
          <FundingEventForm onSaved={setNotice} />
        </Section>
      ) : (
        <ReadOnlyNote />
      )}
      <Section title={t('fundingSettings.events.list')} testId="funding-events">
        {events.data === undefined ? (
          <QueryStatus queries={[events]} />
        ) : events.data.length === 0 ? (
          <Text>{t('fundingSettings.events.none')}</Text>
        ) : (
          <FundingEventList events={events.data} />
        )}
      </Section>
    </Stack>
  );
}
