import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '@/web/api/identity';
import { MfaEnrolment } from '@/web/components/mfa-enrolment';
import { Section } from '@/web/components/section';

/** Whether my second factor is on; if not, its enrolment on demand. */
export function MfaSection({ user }: { readonly user: SessionUser }) {
  const { t } = useTranslation();
  const [enrolling, setEnrolling] = useState(false);
  const [justEnabled, setJustEnabled] = useState(false);

  return (
    <Section title={t('account.mfaTitle')} testId="mfa-status">
      {justEnabled ? (
        <Alert color="green" variant="light" role="status">
          {t('enrol.done')}
        </Alert>
      ) : null}
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge color={user.mfaEnabled ? 'teal.9' : 'gray.7'} variant="filled" style={{ flexShrink: 0 }}>
          {user.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}
        </Badge>
        <Text size="sm">{user.mfaEnabled ? t('account.mfaOn') : t('account.mfaOff')}</Text>
      </Group>
      {user.mfaEnabled ? (
        <Text size="sm" c="dimmed">
          {t('account.mfaReset')}
        </Text>
      ) : enrolling ? (
        <MfaEnrolment
          email={user.email}
          onEnabled={() => {
            setEnrolling(false);
            setJustEnabled(true);
          }}
        />
      ) : (
        <Button onClick={() => setEnrolling(true)} style={{ alignSelf: 'flex-start' }}>
          {t('account.mfaStart')}
        </Button>
      )}
    </Section>
  );
}
