import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/web/api/api-problem';
import { useReauthenticate } from '@/web/api/identity';
import { useFormProblems } from '@/web/hooks/use-form-problems';
import { PasswordField } from './password-field';
import { ProblemAlert } from './problem-alert';

/** Runs a call; when the server answers `reauth_required`, asks for the password, confirms it and retries. */
export type WithReauth = <T>(call: () => Promise<T>) => Promise<T>;

const ReauthContext = createContext<WithReauth | null>(null);

/**
 * Sensitive actions (role grants, API tokens) need a sign-in less than 5 minutes old (SECURITY.md S5). This
 * provider owns the one password dialog that every such action shares.
 */
export function ReauthProvider({ children }: { readonly children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const pending = useRef<((confirmed: boolean) => void) | null>(null);

  const askPassword = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        pending.current?.(false);
        pending.current = resolve;
        setOpened(true);
      }),
    [],
  );

  const finish = useCallback((confirmed: boolean) => {
    setOpened(false);
    pending.current?.(confirmed);
    pending.current = null;
  }, []);

  const withReauth = useCallback<WithReauth>(
    async (call) => {
      try {
        return await call();
      } catch (error) {
        if (!isProblem(error, 'reauth_required') || !(await askPassword())) {
          throw error;
        }
        return call();
      }
    },
    [askPassword],
  );

  return (
    <ReauthContext.Provider value={withReauth}>
      {children}
      <ReauthDialog opened={opened} onDone={finish} />
    </ReauthContext.Provider>
  );
}

/** The `withReauth` of the nearest `ReauthProvider`. */
export function useReauth(): WithReauth {
  const withReauth = useContext(ReauthContext);
  if (withReauth === null) {
    throw new Error('useReauth needs a ReauthProvider above it');
  }
  return withReauth;
}

function ReauthDialog({
  opened,
  onDone,
}: {
  readonly opened: boolean;
  readonly onDone: (ok: boolean) => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const reauthenticate = useReauthenticate();
  const problems = useFormProblems(reauthenticate.error, ['password']);

  const close = (confirmed: boolean) => {
    setPassword('');
    reauthenticate.reset();
    onDone(confirmed);
  };

  return (
    <Modal
      opened={opened}
      onClose={() => close(false)}
      title={t('reauth.title')}
      closeButtonProps={{ 'aria-label': t('form.close') }}
      centered
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          reauthenticate.mutate(password, { onSuccess: () => close(true) });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('reauth.text')}</Text>
          <ProblemAlert error={reauthenticate.error} other={problems.other} />
          <PasswordField
            label={t('password.current')}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            error={problems.fields.password}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(false)}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={reauthenticate.isPending}>
              {t('reauth.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
