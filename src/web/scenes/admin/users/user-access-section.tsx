import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type User, useUpdateUser } from '@/web/api/admin';
import { ProblemAlert } from '@/web/components/problem-alert';
import { useReauth } from '@/web/components/reauth-provider';
import type { RecordOutcome } from '@/web/components/record-outcome';
import { Section } from '@/web/components/section';
import { formError, useRecordSave } from './use-record-save';

interface UserAccessSectionProps {
  readonly user: User;
  readonly onOutcome: (outcome: RecordOutcome) => void;
}

/** Disable (after a confirmation: it ends every session and token) or re-enable the account. */
export function UserAccessSection({ user, onOutcome }: UserAccessSectionProps) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  const update = useUpdateUser(user.id, withReauth);
  const save = useRecordSave(user.id, onOutcome);
  const [confirming, setConfirming] = useState(false);

  const setDisabled = (disabled: boolean) => {
    onOutcome(null);
    update.mutate(
      { version: user.version, body: { disabled } },
      save(disabled ? t('users.isDisabled') : t('users.isActive')),
    );
  };

  return (
    <Section title={t('users.accessTitle')} testId="user-access">
      <Text size="sm">{user.disabled ? t('users.isDisabled') : t('users.isActive')}</Text>
      <Text size="sm">{t('users.disableText')}</Text>
      <ProblemAlert error={formError(update.error)} />
      {user.disabled ? (
        <Button
          onClick={() => setDisabled(false)}
          loading={update.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('users.enable')}
        </Button>
      ) : (
        <Button
          color="red.9"
          variant="outline"
          onClick={() => setConfirming(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('users.disable')}
        </Button>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('users.disableTitle', { name: user.name })}
        closeButtonProps={{ 'aria-label': t('form.close') }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('users.disableText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </Button>
            <Button
              color="red.9"
              onClick={() => {
                setConfirming(false);
                setDisabled(true);
              }}
            >
              {t('users.disable')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
