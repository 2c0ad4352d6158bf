import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivitySummary, useActivitySearch } from '@/web/api/funding-settings';
import { useLanguage } from '@/web/hooks/use-language';
import { type ChosenActivity, ChosenActivities } from './chosen-activities';
import { DemoBadge } from '@/web/components/demo-badge';

interface ActivityPickerProps {
  readonly value: readonly ChosenActivity[];
  readonly onChange: (value: ChosenActivity[]) => void;
  readonly error: string | undefined;
}

/** Finds activities by identifier or title (either language) and keeps the chosen ones as removable chips. */
export function ActivityPicker({ value, onChange, error }: ActivityPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 300);
  const search = useActivitySearch(debounced);
  const chosen = new Set(value.map((item) => item.id));
  const asked = debounced.trim().length >= 2;
  const results = search.data?.items ?? [];

  return (
    // A fieldset is as wide as its widest content unless told otherwise, which would overflow a phone.
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" p={0}>
        {t('fundingSettings.events.activities')}
      </Text>
      <ChosenActivities value={value} onRemove={(id) => onChange(value.filter((item) => item.id !== id))} />
      <TextInput
        type="search"
        label={t('fundingSettings.events.search')}
        description={t('fundingSettings.events.searchHint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={error}
        autoComplete="off"
        data-testid="activity-search"
      />
      {!asked || search.data === undefined ? null : results.length === 0 ? (
        <Text size="sm" role="status">
          {t('fundingSettings.events.noResults')}
        </Text>
      ) : (
        <Stack
          component="ul"
          className="plain-list"
          gap={6}
          aria-label={t('fundingSettings.events.results')}
          data-testid="activity-results"
          p="xs"
          style={{
            maxHeight: '18rem',
            overflowY: 'auto',
            border: '1px solid var(--mantine-color-gray-4)',
            borderRadius: 'var(--mantine-radius-sm)',
          }}
        >
          {results.map((activity) => (
            <ResultRow
              key={activity.id}
              activity={activity}
              added={chosen.has(activity.id)}
              onAdd={() =>
                onChange([...value, { id: activity.id, title: activity.title, isDemo: activity.isDemo }])
              }
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

interface ResultRowProps {
  readonly activity: ActivitySummary;
  readonly added: boolean;
  readonly onAdd: () => void;
}

function ResultRow({ activity, added, onAdd }: ResultRowProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const title = pick(activity.title);
  return (
    <li style={{ display: 'flex', gap: 'var(--mantine-spacing-xs)', alignItems: 'center' }}>
      <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        {title}{' '}
        {activity.iatiIdentifier === null ? null : (
          <Text span size="xs" c="dimmed" ff="monospace">
            {activity.iatiIdentifier}{' '}
          </Text>
        )}
        {activity.isDemo ? <DemoBadge /> : null}
      </Text>
      <Button
        size="compact-sm"
        variant="default"
        disabled={added}
        style={{ flexShrink: 0 }}
        aria-label={added ? undefined : t('fundingSettings.events.addLabel', { title })}
        onClick={onAdd}
      >
        {added ? t('fundingSettings.events.added') : t('fundingSettings.events.add')}
      </Button>
    </li>
  );
}
