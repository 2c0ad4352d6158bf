import { Anchor, Button, Divider, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useSignIn, useSignOut, useVerifyMfa } from '@/web/api/identity';
import { MfaCodeField } from '@/web/components/mfa-code-field';
import { MfaEnrolment } from '@/web/components/mfa-enrolment';
import { PageHeader } from '@/web/components/page-header';
import { PasswordField } from '@/web/components/password-field';
import { ProblemAlert } from '@/web/components/problem-alert';
import { LoadingState, QueryStatus } from '@/web/components/query-status';
import type { ReturnTo } from '@/web/components/require-session';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useSession } from '@/web/hooks/use-session';
import { normaliseMfaCode } from '@/web/utils/mfa-code';

/** Only paths of this app, so a crafted link cannot send the user elsewhere after signing in. */
function safeReturnPath(state: unknown): string {
  const from = (state as ReturnTo | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/**
 * Sign-in in up to two steps, following the session's state: e-mail and password, then the authenticator
 * code, or, for a first sign-in that needs MFA, its enrolment. A reload resumes at the same step.
 */
export default function SignInScene() {
  const { t } = useTranslation();
  const location = useLocation();
  const { query, state, session } = useSession();

  switch (state) {
    case 'loading':
      return query.error === null ? <LoadingState minHeight={240} /> : <QueryStatus queries={[query]} />;
    case 'active':
      return <Navigate to={safeReturnPath(location.state)} replace />;
    case 'mfa_required':
      return (
        <>
          <PageHeader title={t('signIn.codeTitle')} intro={t('signIn.codeIntro')} />
          <MfaCodeStep />
        </>
      );
    case 'mfa_enrolment':
      return (
        <>
          <PageHeader title={t('enrol.title')} intro={t('enrol.intro')} />
          <MfaEnrolment email={session?.user?.email ?? ''} onEnabled={() => undefined} />
          <OtherAccountButton />
        </>
      );
    case 'anonymous':
      return (
        <>
          <PageHeader title={t('signIn.title')} intro={t('signIn.intro')} />
          <CredentialsStep />
        </>
      );
  }
}

function CredentialsStep() {
  const { t } = useTranslation();
  const { ssoEnabled } = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const problems = useFormProblems(signIn.error, ['email', 'password']);

  return (
    <Paper withBorder p="lg" radius="md" maw={480}>
      <Stack gap="md">
        {ssoEnabled ? (
          <>
            <Button component="a" href="/api/v1/auth/oidc/start" variant="outline" fullWidth>
              {t('signIn.sso')}
            </Button>
            <Divider label={t('signIn.ssoOr')} labelPosition="center" />
          </>
        ) : null}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            signIn.mutate({ email: email.trim(), password });
          }}
        >
          <Stack gap="md">
            <ProblemAlert
              error={signIn.error}
              other={problems.other}
              hasFieldErrors={Object.keys(problems.fields).length > 0}
            />
            <TextInput
              label={t('signIn.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={problems.fields.email}
              maxLength={254}
              required
            />
            <PasswordField
              label={t('signIn.password')}
              name="password"
              value={password}
              onChange={setPassword}
              autoComplete="current-password"
              error={problems.fields.password}
            />
            <Group justify="space-between" align="center">
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t('signIn.forgot')}
              </Anchor>
              <Button type="submit" loading={signIn.isPending}>
                {t('signIn.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Text size="sm" c="dimmed">
          {t('signIn.noAccount')}
        </Text>
      </Stack>
    </Paper>
  );
}

function MfaCodeStep() {
  const { t } = useTranslation();
  const verify = useVerifyMfa();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string | undefined>();
  const problems = useFormProblems(
    verify.error,
    ['code'],
    formatError === undefined ? {} : { code: formatError },
  );

  return (
    <Paper withBorder p="lg" radius="md" maw={480}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const digits = normaliseMfaCode(code);
          setFormatError(digits === null ? t('signIn.codeFormat') : undefined);
          if (digits !== null) {
            verify.mutate(digits, { onError: () => setCode('') });
          }
        }}
      >
        <Stack gap="md" align="flex-start">
          <ProblemAlert error={formatError === undefined ? verify.error : null} other={problems.other} />
          <MfaCodeField value={code} onChange={setCode} error={problems.fields.code} autoFocus />
          <Group gap="sm">
            <Button type="submit" loading={verify.isPending}>
              {t('signIn.verify')}
            </Button>
            <OtherAccountButton />
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Abandons a half-finished sign-in (ends the pending session) to start again with another account. */
function OtherAccountButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Button variant="subtle" onClick={() => signOut.mutate()} loading={signOut.isPending}>
      {t('signIn.otherAccount')}
    </Button>
  );
}
