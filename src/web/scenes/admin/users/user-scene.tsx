import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useUser } from '@/web/api/admin';
import { FlashNotice } from '@/web/components/flash-notice';
import { PageHeader } from '@/web/components/page-header';
import { QueryStatus } from '@/web/components/query-status';
import { type RecordOutcome, RecordOutcomeNotice } from '@/web/components/record-outcome';
import { RequireSession } from '@/web/components/require-session';
import { useSession } from '@/web/hooks/use-session';
import { UserAccessSection } from './user-access-section';
import { UserDetailsSection } from './user-details-section';
import { UserGrantsSection } from './user-grants-section';

export default function UserScene() {
  return (
    <RequireSession anyOf={['user.read']}>
      <UserDetail />
    </RequireSession>
  );
}

/**
 * One account: its details (name and language editable), access (disable / re-enable) and roles. Every
 * change names the version it was made on (If-Match); each section starts again from the new version.
 */
function UserDetail() {
  const { t } = useTranslation();
  const { can } = useSession();
  const id = useParams().id ?? '';
  const user = useUser(id);
  const [outcome, setOutcome] = useState<RecordOutcome>(null);

  if (user.data === undefined) {
    return (
      <>
        <PageHeader title={t('users.title')} />
        <QueryStatus queries={[user]} />
      </>
    );
  }
  const record = user.data;
  const sectionProps = { user: record, onOutcome: setOutcome };
  return (
    <>
      <PageHeader title={record.name} />
      <FlashNotice />
      <RecordOutcomeNotice outcome={outcome} />
      <Stack gap="lg">
        <UserDetailsSection
          key={`details-${record.version}`}
          {...sectionProps}
          editable={can('user.update')}
        />
        {can('user.update') ? <UserAccessSection key={`access-${record.version}`} {...sectionProps} /> : null}
        {can('user.grant') && record.grants !== undefined ? (
          <UserGrantsSection key={`grants-${record.version}`} {...sectionProps} />
        ) : null}
        <Anchor component={Link} to="/admin/users">
          {t('users.back')}
        </Anchor>
      </Stack>
    </>
  );
}
