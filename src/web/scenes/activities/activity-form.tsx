import { Alert, Anchor, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, ActivityInput } from '@/web/api/activities';
import { useCountries } from '@/web/api/queries';
import { ProblemAlert } from '@/web/components/problem-alert';
import { type ActivityDraft, activityInput } from './activity-draft';
import { numberProblems } from './draft-numbers';
import { BasicsFields } from './basics-fields';
import { DocumentRows } from './document-rows';
import { LocationRows } from './location-rows';
import { ParticipantRows } from './participant-rows';
import { ShareRows } from './share-rows';
import { TextFields } from './text-fields';
import { useActivityFormProblems } from './use-activity-form-problems';
import { useActivityNames } from './use-activity-names';

interface ActivityFormProps {
  readonly initial: ActivityDraft;
  /** Attributions to frameworks the form does not edit: sent back unchanged. */
  readonly keep?: Activity['attributions'];
  readonly selfId?: string;
  /** The failed save's problem (null when there is none, or when the page reports it itself). */
  readonly error: unknown;
  readonly pending: boolean;
  readonly submitLabel: string;
  readonly cancelTo: string;
  readonly onSubmit: (input: ActivityInput) => void;
}

/** The form of a new activity and of a change to one; the API's problems appear next to their fields. */
export function ActivityForm(props: ActivityFormProps) {
  const { t } = useTranslation();
  const names = useActivityNames();
  const countries = useCountries();
  const [draft, setDraft] = useState(props.initial);
  const [local, setLocal] = useState<Record<string, string>>({});
  const problems = useActivityFormProblems(props.error, draft, local);
  const localAlert = useRef<HTMLDivElement>(null);
  // As the API's problems do (ProblemAlert), the summary of local ones takes focus so that it is heard.
  useEffect(() => localAlert.current?.focus(), [local]);
  const errors = problems.fields;
  const set =
    <K extends keyof ActivityDraft>(key: K) =>
    (rows: ActivityDraft[K]) =>
      setDraft({ ...draft, [key]: rows });
  const elementOptions = (items: typeof names.goals) =>
    items.map((item) => ({ value: item.code, label: `${item.code}. ${names.pick(item.name)}` }));

  return (
    <form
      noValidate
      data-testid="activity-form"
      onSubmit={(event) => {
        event.preventDefault();
        const found = numberProblems(draft, t('activities.form.notNumber'));
        setLocal(found);
        if (Object.keys(found).length === 0) {
          props.onSubmit(activityInput(draft, props.keep));
        }
      }}
    >
      <Stack gap="lg" maw={960}>
        <ProblemAlert error={props.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        {props.error === null && Object.keys(local).length > 0 ? (
          <Alert ref={localAlert} tabIndex={-1} color="red" variant="light" role="alert">
            {t('form.fixFields')}
          </Alert>
        ) : null}
        <Fieldset legend={t('activities.form.basics')}>
          <Stack gap="md">
            <BasicsFields value={draft} onChange={setDraft} errors={errors} selfId={props.selfId} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('activities.form.texts')}>
          <Stack gap="md">
            <TextFields value={draft} onChange={setDraft} errors={errors} />
          </Stack>
        </Fieldset>
        <ParticipantRows rows={draft.participants} onChange={set('participants')} errors={errors} />
        <Fieldset legend={t('activities.form.attribution')} data-testid="attribution">
          <Stack gap="md">
            <Text size="sm">{t('activities.form.attributionHint')}</Text>
            <ShareRows
              legend={t('activities.form.goals')}
              name="goals"
              codeLabel={t('activities.form.goal')}
              rows={draft.goals}
              onChange={set('goals')}
              options={elementOptions(names.goals)}
              errors={errors}
            />
            <ShareRows
              legend={t('activities.form.components')}
              name="components"
              codeLabel={t('activities.form.component')}
              rows={draft.components}
              onChange={set('components')}
              options={elementOptions(names.components)}
              errors={errors}
            />
            {errors.attributions === undefined ? null : (
              <Text size="sm" c="red.8" role="alert" data-testid="attributions-error">
                {errors.attributions}
              </Text>
            )}
          </Stack>
        </Fieldset>
        <ShareRows
          legend={t('activities.form.sectors')}
          name="sectors"
          codeLabel={t('activities.form.sector')}
          rows={draft.sectors}
          onChange={set('sectors')}
          options={names.sectors.map((item) => ({
            value: item.code,
            label: `${item.code} ${names.pick(item.name)}`,
          }))}
          errors={errors}
        />
        <ShareRows
          legend={t('activities.form.countries')}
          name="recipientCountries"
          codeLabel={t('activities.form.country')}
          rows={draft.recipientCountries}
          onChange={set('recipientCountries')}
          options={(countries.data ?? []).map((item) => ({ value: item.code, label: names.pick(item.name) }))}
          errors={errors}
        />
        <LocationRows rows={draft.locations} onChange={set('locations')} errors={errors} />
        <DocumentRows rows={draft.documents} onChange={set('documents')} errors={errors} />
        <TextInput
          label={t('activities.form.tags')}
          description={t('activities.form.tagsHint')}
          value={draft.tags}
          onChange={(event) => setDraft({ ...draft, tags: event.currentTarget.value })}
          error={Object.entries(errors).find(([key]) => key === 'tags' || key.startsWith('tags.'))?.[1]}
        />
        <Group gap="md">
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
          <Anchor component={Link} to={props.cancelTo}>
            {t('form.cancel')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
