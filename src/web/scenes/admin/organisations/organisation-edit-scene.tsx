import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isProblem } from '@/web/api/api-problem';
import { type Organisation, useOrganisation, useReloadRecord, useUpdateOrganisation } from '@/web/api/admin';
import {
  ORGANISATION_FIELD_KEYS,
  OrganisationFields,
  organisationDraft,
  organisationInput,
} from '@/web/components/organisation-fields';
import { PageHeader } from '@/web/components/page-header';
import { ProblemAlert } from '@/web/components/problem-alert';
import { QueryStatus } from '@/web/components/query-status';
import { type RecordOutcome, RecordOutcomeNotice } from '@/web/components/record-outcome';
import { RequireSession } from '@/web/components/require-session';
import { useFormat } from '@/web/hooks/use-format';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useLanguage } from '@/web/hooks/use-language';

export default function OrganisationEditScene() {
  return (
    <RequireSession anyOf={['organisation.update']}>
      <EditOrganisation />
    </RequireSession>
  );
}

function EditOrganisation() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const id = useParams().id ?? '';
  const organisation = useOrganisation(id);
  // Kept here, above the form, so that it survives the form's reset to each new version.
  const [outcome, setOutcome] = useState<RecordOutcome>(null);

  if (organisation.data === undefined) {
    return (
      <>
        <PageHeader title={t('organisations.title')} />
        <QueryStatus queries={[organisation]} />
      </>
    );
  }
  const record = organisation.data;
  return (
    <>
      <PageHeader title={pick(record.name)} />
      <Text size="sm" c="dimmed" mb="md">
        {t('organisations.editIntro', { version: record.version, date: format.dateTime(record.updatedAt) })}
      </Text>
      <RecordOutcomeNotice outcome={outcome} />
      <OrganisationForm key={record.version} record={record} onOutcome={setOutcome} />
    </>
  );
}

function OrganisationForm({
  record,
  onOutcome,
}: {
  readonly record: Organisation;
  readonly onOutcome: (outcome: RecordOutcome) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation(record.id);
  const reload = useReloadRecord();
  const [draft, setDraft] = useState(() => organisationDraft(record));
  const problems = useFormProblems(update.error, ORGANISATION_FIELD_KEYS);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onOutcome(null);
        update.mutate(
          { version: record.version, body: organisationInput(draft) },
          {
            onSuccess: () => onOutcome({ kind: 'saved', message: t('form.saved') }),
            onError: (error) => {
              if (isProblem(error, 'precondition_failed')) {
                onOutcome({ kind: 'conflict', error });
                void reload('organisations', record.id);
              }
            },
          },
        );
      }}
    >
      <Stack gap="md" maw={720}>
        <ProblemAlert
          error={isProblem(update.error, 'precondition_failed') ? null : update.error}
          other={problems.other}
          hasFieldErrors={problems.hasFieldErrors}
        />
        <OrganisationFields value={draft} onChange={setDraft} errors={problems.fields} />
        <Group gap="md">
          <Button type="submit" loading={update.isPending}>
            {t('form.saveChanges')}
          </Button>
          <Anchor component={Link} to="/admin/organisations">
            {t('organisations.back')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
