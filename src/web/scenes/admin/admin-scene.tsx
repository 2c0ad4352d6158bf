import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ADMIN_PERMISSIONS, ADMIN_SECTIONS } from '@/web/areas';
import { PageHeader } from '@/web/components/page-header';
import { RequireSession } from '@/web/components/require-session';
import { useSession } from '@/web/hooks/use-session';

/** The administration overview: one card per page the user may open. */
export default function AdminScene() {
  return (
    <RequireSession anyOf={ADMIN_PERMISSIONS}>
      <AdminOverview />
    </RequireSession>
  );
}

function AdminOverview() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      <ul className="plain-list card-grid" aria-label={t('admin.sections')}>
        {ADMIN_SECTIONS.filter((section) => can(section.permission)).map((section) => (
          <li key={section.key}>
            <Paper withBorder p="lg" radius="md" h="100%">
              <Title order={2} size="h4" mb="xs">
                <Anchor component={Link} to={section.path}>
                  {t(`admin.${section.key}`)}
                </Anchor>
              </Title>
              <Text size="sm">{t(`admin.${section.key}Text`)}</Text>
            </Paper>
          </li>
        ))}
      </ul>
    </>
  );
}
