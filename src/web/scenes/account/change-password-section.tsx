import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '@/web/api/identity';
import { NewPasswordFields, usePasswordPair } from '@/web/components/new-password-fields';
import { PasswordField } from '@/web/components/password-field';
import { ProblemAlert } from '@/web/components/problem-alert';
import { Section } from '@/web/components/section';
import { useFormProblems } from '@/web/hooks/use-form-problems';

/** Current password, then the new one twice; the server ends my other sessions. */
export function ChangePasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const pair = usePasswordPair();
  const problems = useFormProblems(change.error, ['currentPassword', 'newPassword']);

  return (
    <Section title={t('account.passwordTitle')} testId="change-password">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!pair.confirm()) {
            return;
          }
          change.mutate(
            { currentPassword: current, newPassword: pair.password },
            {
              onSuccess: () => {
                setCurrent('');
                pair.reset();
              },
            },
          );
        }}
      >
        <Stack gap="md" maw={520}>
          {change.isSuccess ? (
            <Alert color="green" variant="light" role="status">
              {t('account.passwordChanged')}
            </Alert>
          ) : null}
          <ProblemAlert
            error={change.error}
            other={problems.other}
            hasFieldErrors={problems.hasFieldErrors}
          />
          <PasswordField
            label={t('password.current')}
            name="current-password"
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
            error={problems.fields.currentPassword}
          />
          <NewPasswordFields pair={pair} error={problems.fields.newPassword} />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('account.passwordSubmit')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
