import { Alert, Anchor, Button, Fieldset, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useCompleteSetup, useSetupStatus } from '@/web/api/identity';
import { focusMainContent } from '@/web/components/app-layout';
import { LanguageSelect } from '@/web/components/language-select';
import { MfaEnrolment } from '@/web/components/mfa-enrolment';
import { NewPasswordFields, usePasswordPair } from '@/web/components/new-password-fields';
import {
  EMPTY_ORGANISATION,
  ORGANISATION_FIELD_KEYS,
  OrganisationFields,
  organisationInput,
} from '@/web/components/organisation-fields';
import { PageHeader } from '@/web/components/page-header';
import { ProblemAlert } from '@/web/components/problem-alert';
import { LoadingState, QueryStatus } from '@/web/components/query-status';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useFragmentToken } from '@/web/hooks/use-fragment-token';
import { useSession } from '@/web/hooks/use-session';
import type { Language } from '@/web/i18n/language';
import { problemsUnder } from '@/web/utils/form-problem';

const ADMINISTRATOR_FIELD_KEYS = ['name', 'email', 'password', 'language'] as const;
const FIELD_KEYS = [
  ...ORGANISATION_FIELD_KEYS.map((key) => `organisation.${key}`),
  ...ADMINISTRATOR_FIELD_KEYS.map((key) => `administrator.${key}`),
];

/**
 * First start: the one-time link (token in the fragment) creates the first organisation and administrator,
 * who then enrols the second factor and lands in Administration.
 */
export default function SetupScene() {
  const { t } = useTranslation();
  const token = useFragmentToken();
  const status = useSetupStatus();
  const { state, session } = useSession();

  if (state === 'active') {
    return <Navigate to="/admin" replace />;
  }
  if (state === 'mfa_enrolment' && session?.setupNeeded === false) {
    return (
      <>
        <StartAtTop />
        <PageHeader title={t('enrol.title')} intro={t('enrol.intro')} />
        <Alert color="green" variant="light" role="status" mb="lg" maw={720}>
          {t('setup.nextStep')}
        </Alert>
        <MfaEnrolment email={session.user?.email ?? ''} onEnabled={() => undefined} />
      </>
    );
  }
  if (status.data === undefined || state === 'loading') {
    return status.error === null ? <LoadingState minHeight={240} /> : <QueryStatus queries={[status]} />;
  }
  if (!status.data.needed) {
    return (
      <>
        <PageHeader title={t('setup.notNeededTitle')} />
        <Stack gap="md" align="flex-start">
          <Alert color="blue" variant="light" maw={720}>
            {t('setup.notNeeded')}
          </Alert>
          <Anchor component={Link} to="/sign-in">
            {t('signIn.submit')}
          </Anchor>
        </Stack>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('setup.title')} intro={t('setup.intro')} />
      {token === null ? (
        <Alert color="red" variant="light" role="alert" maw={720}>
          {t('setup.noToken')}
        </Alert>
      ) : (
        <SetupForm token={token} />
      )}
    </>
  );
}

/** The second step replaces a long form: the reader starts again at its heading. */
function StartAtTop() {
  useEffect(() => focusMainContent(), []);
  return null;
}

function SetupForm({ token }: { readonly token: string }) {
  const { t, i18n } = useTranslation();
  const setup = useCompleteSetup();
  const [organisation, setOrganisation] = useState(EMPTY_ORGANISATION);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'es');
  const pair = usePasswordPair();
  const problems = useFormProblems(setup.error, FIELD_KEYS);
  const adminErrors = problemsUnder(problems.fields, 'administrator.');

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!pair.confirm()) {
          return;
        }
        setup.mutate({
          token,
          organisation: organisationInput(organisation),
          administrator: { name: name.trim(), email: email.trim(), password: pair.password, language },
        });
      }}
    >
      <Stack gap="lg" maw={720}>
        <ProblemAlert error={setup.error} other={problems.other} hasFieldErrors={problems.hasFieldErrors} />
        <Fieldset legend={t('setup.organisation')}>
          <Stack gap="md">
            <OrganisationFields
              value={organisation}
              onChange={setOrganisation}
              errors={problemsUnder(problems.fields, 'organisation.')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('setup.administrator')}>
          <Stack gap="md">
            <TextInput
              label={t('userFields.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={adminErrors.name}
              autoComplete="name"
              maxLength={200}
              required
            />
            <TextInput
              label={t('userFields.email')}
              type="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={adminErrors.email}
              autoComplete="username"
              maxLength={254}
              required
            />
            <NewPasswordFields
              pair={pair}
              error={adminErrors.password}
              label={t('signIn.password')}
              repeatLabel={t('password.repeatAdmin')}
            />
            <LanguageSelect value={language} onChange={setLanguage} error={adminErrors.language} />
          </Stack>
        </Fieldset>
        <Button type="submit" loading={setup.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
