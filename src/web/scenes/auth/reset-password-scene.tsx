import { Alert, Anchor, Button, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCompletePasswordReset } from '@/web/api/identity';
import { NewPasswordFields, usePasswordPair } from '@/web/components/new-password-fields';
import { PageHeader } from '@/web/components/page-header';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { useFragmentToken } from '@/web/hooks/use-fragment-token';

/** The page of a reset link: the token comes in the fragment; the new password is typed twice. */
export default function ResetPasswordScene() {
  const { t } = useTranslation();
  const token = useFragmentToken();
  const complete = useCompletePasswordReset();
  const pair = usePasswordPair();
  const problems = useFormProblems(complete.error, ['newPassword']);

  if (token === null) {
    return (
      <>
        <PageHeader title={t('reset.title')} />
        <Stack gap="md" align="flex-start" maw={560}>
          <Alert color="red" variant="light" role="alert">
            {t('reset.noToken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password">
            {t('reset.requestNew')}
          </Anchor>
        </Stack>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('reset.title')} intro={t('reset.intro')} />
      <Paper withBorder p="lg" radius="md" maw={520}>
        {complete.isSuccess ? (
          <Stack gap="md" align="flex-start">
            <Alert
              color="green"
              variant="light"
              title={t('reset.doneTitle')}
              role="status"
              data-testid="reset-done"
            >
              {t('reset.done')}
            </Alert>
            <Button component={Link} to="/sign-in">
              {t('signIn.submit')}
            </Button>
          </Stack>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (pair.confirm()) {
                complete.mutate({ token, newPassword: pair.password });
              }
            }}
          >
            <Stack gap="md" align="flex-start">
              <ProblemAlert
                error={complete.error}
                other={problems.other}
                hasFieldErrors={problems.hasFieldErrors}
              />
              {complete.error === null || problems.hasFieldErrors ? null : (
                <Anchor component={Link} to="/forgot-password" style={{ alignSelf: 'flex-start' }}>
                  {t('reset.requestNew')}
                </Anchor>
              )}
              <NewPasswordFields pair={pair} error={problems.fields.newPassword} />
              <Button type="submit" loading={complete.isPending} style={{ alignSelf: 'flex-start' }}>
                {t('reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </>
  );
}
