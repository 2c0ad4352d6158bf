import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCreateOrganisation } from '@/web/api/admin';
import type { NoticeState } from '@/web/components/flash-notice';
import {
  EMPTY_ORGANISATION,
  ORGANISATION_FIELD_KEYS,
  OrganisationFields,
  organisationInput,
} from '@/web/components/organisation-fields';
import { PageHeader } from '@/web/components/page-header';
import { ProblemAlert } from '@/web/components/problem-alert';
import { RequireSession } from '@/web/components/require-session';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useLanguage } from '@/web/hooks/use-language';

export default function OrganisationNewScene() {
  return (
    <RequireSession anyOf={['organisation.create']}>
      <NewOrganisation />
    </RequireSession>
  );
}

function NewOrganisation() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const [draft, setDraft] = useState(EMPTY_ORGANISATION);
  const problems = useFormProblems(create.error, ORGANISATION_FIELD_KEYS);

  return (
    <>
      <PageHeader title={t('organisations.newTitle')} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(organisationInput(draft), {
            onSuccess: (organisation) =>
              void navigate('/admin/organisations', {
                state: {
                  notice: t('organisations.created', { name: pick(organisation.name) }),
                } satisfies NoticeState,
              }),
          });
        }}
      >
        <Stack gap="md" maw={720}>
          <ProblemAlert
            error={create.error}
            other={problems.other}
            hasFieldErrors={problems.hasFieldErrors}
          />
          <OrganisationFields value={draft} onChange={setDraft} errors={problems.fields} />
          <Group gap="md">
            <Button type="submit" loading={create.isPending}>
              {t('organisations.submitNew')}
            </Button>
            <Anchor component={Link} to="/admin/organisations">
              {t('organisations.back')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </>
  );
}
