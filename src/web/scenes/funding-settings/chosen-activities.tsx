import { Group, Pill, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/web/hooks/use-language';

/** An activity chosen in the picker: enough to show it as a chip. */
export interface ChosenActivity {
  readonly id: string;
  readonly title: { readonly es: string; readonly en: string };
  readonly isDemo: boolean;
}

interface ChosenActivitiesProps {
  readonly value: readonly ChosenActivity[];
  readonly onRemove: (id: string) => void;
}

/** The chosen activities as chips, each with a remove button that names its activity. */
export function ChosenActivities({ value, onRemove }: ChosenActivitiesProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const labelId = useId();
  return (
    <>
      <Text size="sm" fw={500} id={labelId}>
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
          aria-labelledby={labelId}
          data-testid="chosen-activities"
        >
          {value.map((item) => (
            <li key={item.id} style={{ maxWidth: '100%' }}>
              <Pill
                size="md"
                maw="100%"
                withRemoveButton
                onRemove={() => onRemove(item.id)}
                // Mantine hides the remove button from the keyboard and screen readers; here it is the only way.
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
    </>
  );
}
