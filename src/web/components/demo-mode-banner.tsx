import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/web/hooks/use-session';

/** Says plainly when the server runs in demonstration mode, where only some roles must use MFA. */
export function DemoModeBanner() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (session?.mfaPolicy !== 'roles') {
    return null;
  }
  return (
    <Paper className="demo-banner" px="md" py={6} mb="md" radius="sm" data-testid="demo-banner">
      <Text size="sm" fw={600}>
        {t('session.demoBanner')}
      </Text>
    </Paper>
  );
}
