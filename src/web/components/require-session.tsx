import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { type Permission, useSession } from '@/web/hooks/use-session';
import { PageHeader } from './page-header';
import { LoadingState, QueryStatus } from './query-status';

interface RequireSessionProps {
  /** The page needs at least one of these permissions; none: any signed-in user. */
  readonly anyOf?: readonly Permission[];
  readonly children: ReactNode;
}

/** Where the sign-in page sends the user back to once signed in. */
export interface ReturnTo {
  readonly from?: string;
}

/**
 * Shows its page only to a signed-in user with the permission; sends everyone else to the sign-in page
 * (which then returns here), and tells a signed-in user without the permission so.
 */
export function RequireSession({ anyOf = [], children }: RequireSessionProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { query, state, can } = useSession();
  if (state === 'loading') {
    return query.error === null ? <LoadingState minHeight={240} /> : <QueryStatus queries={[query]} />;
  }
  if (state !== 'active') {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={{ from } satisfies ReturnTo} />;
  }
  if (anyOf.length > 0 && !anyOf.some((permission) => can(permission))) {
    return (
      <>
        <PageHeader title={t('admin.forbiddenTitle')} />
        <Text maw={880}>{t('admin.forbiddenText')}</Text>
      </>
    );
  }
  return children;
}
