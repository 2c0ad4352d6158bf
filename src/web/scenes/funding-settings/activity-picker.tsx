import { Button, Group, Pill, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivitySummary, useActivitySearch } from '@/web/api/funding-settings';
import { useLanguage } from '@/web/hooks/use-language';
import { DemoBadge } from './demo-badge';

/** An activity chosen in the picker: enough to show it as a chip. */
export interface ChosenActivity {
  readonly id: string;
  readonly title: { readonly es: string; readonly en: string };
  readonly isDemo: boolean;
}

interface ActivityPickerProps {
  readonly value: readonly ChosenActivity[];
  readonly onChange: (value: ChosenActivity[]) => void;
  readonly error: string | undefined;
}

/** Finds activities by identifier or title (either language) and keeps the chosen ones as removable chips. */
export function ActivityPicker({ value, onChange, error }: ActivityPickerProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const chosenId = useId();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 300);
  const search = useActivitySearch(debounced);
  const chosen = new Set(value.map((item) => item.id));
  const results = debounced.trim().length >= 2 ? (search.data?.items ?? []) : [];
  const add = (activity: ActivitySummary) =>
    onChange([...value, { id: activity.id, title: activity.title, isDemo: activity.isDemo }]);

  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm" p={0}>
        {t('fundingSettings.events.activities')}
      </Text>
      <Text size="sm" fw={500} id={chosenId}>
        {t('fundingSettings.events.chosen')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('fundingSettings.events.noneChosen')}
        </Text>
      ) : (
        <Group
          gap="xs"
          component="ul"
          className="plain-list"
          aria-labelledby={chosenId}
          data-testid="chosen-activities"
        >
          {value.map((item) => (
            <li key={item.id}>
              <Pill
                size="md"
                withRemoveButton
                onRemove={() => onChange(value.filter((other) => other.id !== item.id))}
                removeButtonProps={{
                  tabIndex: 0,
                  'aria-hidden': false,
                  'aria-label': t('fundingSettings.events.remove', { title: pick(item.title) }),
                }}
              >
                {pick(item.title)}
                {item.isDemo ? ` · ${t('fundingSettings.demo')}` : ''}
              </Pill>
            </li>
          ))}
        </Group>
      )}
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
      {debounced.trim().length < 2 || search.data === undefined ? null : results.length === 0 ? (
        <Text size="sm" role="status">
          {t('fundingSettings.events.noResults')}
        </Text>
      ) : (
        <Stack
          component="ul"
          className="plain-list"
          gap={4}
          aria-label={t('fundingSettings.events.results')}
          data-testid="activity-results"
        >
          {results.map((activity) => (
            <Group component="li" key={activity.id} gap="xs" wrap="nowrap" justify="space-between">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" truncate="end">
                  {pick(activity.title)}
                  {activity.iatiIdentifier === null ? null : (
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {' '}
                      {activity.iatiIdentifier}
                    </Text>
                  )}
                </Text>
                {activity.isDemo ? <DemoBadge /> : null}
              </Group>
              <Button
                size="compact-sm"
                variant="default"
                disabled={chosen.has(activity.id)}
                aria-label={
                  chosen.has(activity.id)
                    ? undefined
                    : t('fundingSettings.events.addLabel', { title: pick(activity.title) })
                }
                onClick={() => add(activity)}
              >
                {chosen.has(activity.id)
                  ? t('fundingSettings.events.added')
                  : t('fundingSettings.events.add')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
