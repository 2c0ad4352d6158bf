import { Anchor, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCreateUser } from '@/web/api/admin';
import type { NoticeState } from '@/web/components/flash-notice';
import { LanguageSelect } from '@/web/components/language-select';
import { PageHeader } from '@/web/components/page-header';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useReauth } from '@/web/components/reauth-provider';
import { RequireSession } from '@/web/components/require-session';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useNames } from '@/web/hooks/use-grant-label';
import type { Language } from '@/web/i18n/language';
import { type GrantDraft, grantInputs, GrantRows, isGrantField, newGrantDraft } from './grant-rows';

const FIELD_KEYS = ['organisationId', 'name', 'email', 'language'];

export default function UserNewScene() {
  return (
    <RequireSession anyOf={['user.create']}>
      <NewUser />
    </RequireSession>
  );
}

/** A new account: organisation, name, e-mail, language and its first roles; no password. */
function NewUser() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const names = useNames();
  const withReauth = useReauth();
  const create = useCreateUser(withReauth);
  const [organisationId, setOrganisationId] = useState(params.get('organisationId') ?? '');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>('es');
  const [grants, setGrants] = useState<GrantDraft[]>(() => [newGrantDraft('viewer')]);
  const problems = useFormProblems(create.error, (key) => FIELD_KEYS.includes(key) || isGrantField(key));
  const organisations = names.organisations.data ?? [];

  return (
    <>
      <PageHeader title={t('users.newTitle')} intro={t('users.newIntro')} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { organisationId, name: name.trim(), email: email.trim(), language, grants: grantInputs(grants) },
            {
              onSuccess: (user) =>
                void navigate(`/admin/users/${user.id}`, {
                  state: { notice: t('users.created', { name: user.name }) } satisfies NoticeState,
                }),
            },
          );
        }}
      >
        <Stack gap="md" maw={960}>
          <ProblemAlert
            error={create.error}
            other={problems.other}
            hasFieldErrors={problems.hasFieldErrors}
          />
          <NativeSelect
            label={t('userFields.organisation')}
            data={[
              { value: '', label: t('form.choose'), disabled: true },
              ...organisations.map((organisation) => ({
                value: organisation.id,
                label: names.organisation(organisation.id),
              })),
            ]}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.currentTarget.value)}
            error={problems.fields.organisationId}
            required
            maw={480}
          />
          <TextInput
            label={t('userFields.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problems.fields.name}
            maxLength={200}
            required
            maw={480}
            autoComplete="off"
          />
          <TextInput
            label={t('userFields.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={problems.fields.email}
            maxLength={254}
            required
            maw={480}
            autoComplete="off"
          />
          <LanguageSelect value={language} onChange={setLanguage} error={problems.fields.language} />
          <Fieldset legend={t('grants.title')} variant="unstyled">
            <Stack gap="sm">
              <Text size="sm">{t('grants.intro')}</Text>
              <GrantRows
                value={grants}
                onChange={setGrants}
                organisations={organisations}
                errors={problems.fields}
              />
            </Stack>
          </Fieldset>
          <Group gap="md">
            <Button type="submit" loading={create.isPending}>
              {t('users.submitNew')}
            </Button>
            <Anchor component={Link} to="/admin/users">
              {t('users.back')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </>
  );
}
