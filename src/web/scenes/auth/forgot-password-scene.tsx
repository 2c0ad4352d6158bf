import { Alert, Anchor, Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '@/web/api/identity';
import { PageHeader } from '@/web/components/page-header';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useFormProblems } from '@/web/hooks/use-form-problems';

/**
 * Asks for a reset link. The confirmation is the same whether or not the address has an account, so the
 * page cannot be used to find out who has one (SECURITY.md A8).
 */
export default function ForgotPasswordScene() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const problems = useFormProblems(request.error, ['email']);

  return (
    <>
      <PageHeader title={t('forgot.title')} intro={t('forgot.intro')} />
      <Paper withBorder p="lg" radius="md" maw={480}>
        {request.isSuccess ? (
          <Stack gap="md">
            <Alert
              color="green"
              variant="light"
              title={t('forgot.sentTitle')}
              role="status"
              data-testid="reset-sent"
            >
              {t('forgot.sent')}
            </Alert>
            <Anchor component={Link} to="/sign-in">
              {t('forgot.backToSignIn')}
            </Anchor>
          </Stack>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              request.mutate(email.trim());
            }}
          >
            <Stack gap="md">
              <ProblemAlert
                error={request.error}
                other={problems.other}
                hasFieldErrors={problems.hasFieldErrors}
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
              <Group justify="space-between">
                <Anchor component={Link} to="/sign-in" size="sm">
                  {t('forgot.backToSignIn')}
                </Anchor>
                <Button type="submit" loading={request.isPending}>
                  {t('forgot.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
    </>
  );
}
