import { Button, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateFundingEvent } from '@/web/api/funding-settings';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useLanguage } from '@/web/hooks/use-language';
import { ActivityPicker } from './activity-picker';
import {
  EMPTY_EVENT,
  EVENT_KINDS,
  type EventDraft,
  eventInput,
  isEventField,
  type TextKey,
} from './funding-event-draft';
import { useLocalChecks } from './use-local-checks';

/** Records a funding event and the activities it hits; problems are shown next to their fields. */
export function FundingEventForm({ onSaved }: { readonly onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const create = useCreateFundingEvent();
  const [draft, setDraft] = useState<EventDraft>(EMPTY_EVENT);
  // Each saved event starts the picker again, with an empty search.
  const [round, setRound] = useState(0);
  const { local, check, form } = useLocalChecks();
  const problems = useFormProblems(create.error, isEventField, local);
  const activityError = Object.entries(problems.fields)
    .filter(([key]) => key.startsWith('activityIds'))
    .map(([, message]) => message)
    .join(' ');
  const text = (key: TextKey) => ({
    lang: key.slice(-2),
    value: draft.texts[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setDraft({ ...draft, texts: { ...draft.texts, [key]: event.currentTarget.value } }),
    error: problems.fields[key],
  });

  return (
    <form
      ref={form}
      noValidate
      data-testid="funding-event-form"
      onSubmit={(event) => {
        event.preventDefault();
        const ok = check({
          ...(draft.kind === '' ? { kind: t('form.required') } : {}),
          ...(draft.activities.length === 0
            ? { activityIds: t('fundingSettings.events.activitiesRequired') }
            : {}),
        });
        if (!ok) {
          return;
        }
        create.mutate(eventInput(draft), {
          onSuccess: (created) => {
            setDraft(EMPTY_EVENT);
            setRound(round + 1);
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
          key={round}
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
