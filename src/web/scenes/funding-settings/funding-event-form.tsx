import { Button, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type FundingEventInput,
  type FundingEventKind,
  useCreateFundingEvent,
} from '@/web/api/funding-settings';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useLanguage } from '@/web/hooks/use-language';
import { ActivityPicker } from './activity-picker';
import type { ChosenActivity } from './chosen-activities';

export const EVENT_KINDS: readonly FundingEventKind[] = [
  'suspension',
  'reprogramming',
  'rescission',
  'resumption',
  'cut',
  'increase',
];
const TEXT_KEYS = ['title.es', 'title.en', 'description.es', 'description.en'] as const;
const isField = (key: string) =>
  key === 'kind' ||
  key === 'eventDate' ||
  key.startsWith('activityIds') ||
  (TEXT_KEYS as readonly string[]).includes(key);

interface Draft {
  readonly kind: string;
  readonly eventDate: string;
  readonly texts: Readonly<Record<(typeof TEXT_KEYS)[number], string>>;
  readonly activities: readonly ChosenActivity[];
}
const EMPTY: Draft = {
  kind: '',
  eventDate: '',
  texts: { 'title.es': '', 'title.en': '', 'description.es': '', 'description.en': '' },
  activities: [],
};

function eventInput(draft: Draft): FundingEventInput {
  const text = (key: (typeof TEXT_KEYS)[number]) => draft.texts[key].trim();
  return {
    kind: draft.kind as FundingEventKind,
    eventDate: draft.eventDate,
    title: { es: text('title.es'), en: text('title.en') },
    description: { es: text('description.es'), en: text('description.en') },
    activityIds: draft.activities.map((activity) => activity.id),
  };
}

/** Records a funding event and the activities it hits; problems are shown next to their fields. */
export function FundingEventForm({ onSaved }: { readonly onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const create = useCreateFundingEvent();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const problems = useFormProblems(create.error, isField);
  const activityError = Object.entries(problems.fields)
    .filter(([key]) => key.startsWith('activityIds'))
    .map(([, message]) => message)
    .join(' ');
  const text = (key: (typeof TEXT_KEYS)[number]) => ({
    lang: key.slice(-2),
    value: draft.texts[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setDraft({ ...draft, texts: { ...draft.texts, [key]: event.currentTarget.value } }),
    error: problems.fields[key],
  });

  return (
    <form
      noValidate
      data-testid="funding-event-form"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(eventInput(draft), {
          onSuccess: (created) => {
            setDraft(EMPTY);
            onSaved(
              t('fundingSettings.events.created', {
                title: pick(created.title),
                count: created.activityIds.length,
              }),
            );
          },
        });
      }}
    >
      <Stack gap="md">
        <ProblemAlert error={create.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('fundingSettings.events.kind')}
            data={[
              { value: '', label: t('form.choose'), disabled: true },
              ...EVENT_KINDS.map((kind) => ({
                value: kind,
                label: t(`fundingSettings.events.kinds.${kind}`),
              })),
            ]}
            value={draft.kind}
            onChange={(event) => setDraft({ ...draft, kind: event.currentTarget.value })}
            error={problems.fields.kind}
            required
          />
          <TextInput
            type="date"
            label={t('fundingSettings.events.eventDate')}
            value={draft.eventDate}
            onChange={(event) => setDraft({ ...draft, eventDate: event.currentTarget.value })}
            error={problems.fields.eventDate}
            required
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('fundingSettings.events.titleEs')}
            description={t('fundingSettings.events.titleHint')}
            maxLength={300}
            {...text('title.es')}
          />
          <TextInput
            label={t('fundingSettings.events.titleEn')}
            description={t('fundingSettings.events.titleHint')}
            maxLength={300}
            {...text('title.en')}
          />
          <Textarea
            label={t('fundingSettings.events.descriptionEs')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={5000}
            {...text('description.es')}
          />
          <Textarea
            label={t('fundingSettings.events.descriptionEn')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={5000}
            {...text('description.en')}
          />
        </SimpleGrid>
        <ActivityPicker
          value={draft.activities}
          onChange={(activities) => setDraft({ ...draft, activities })}
          error={activityError === '' ? undefined : activityError}
        />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('fundingSettings.events.submit')}
        </Button>
      </Stack>
    </form>
  );
}
