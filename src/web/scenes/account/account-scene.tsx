import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/web/components/page-header';
import { RequireSession } from '@/web/components/require-session';
import { useSession } from '@/web/hooks/use-session';
import { ApiTokensSection } from './api-tokens-section';
import { ChangePasswordSection } from './change-password-section';
import { MfaSection } from './mfa-section';
import { ProfileSection } from './profile-section';

/** My account: who I am, my password, my second factor and my API tokens. */
export default function AccountScene() {
  return (
    <RequireSession>
      <Account />
    </RequireSession>
  );
}

function Account() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user === undefined) {
    return null;
  }
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Stack gap="lg">
        <ProfileSection user={user} />
        <ChangePasswordSection />
        <MfaSection user={user} />
        <ApiTokensSection />
      </Stack>
    </>
  );
}
