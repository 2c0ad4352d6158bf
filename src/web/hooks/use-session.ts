import { useCallback } from 'react';
import { useSessionQuery } from '@/web/api/identity';

/** The permissions the web app asks about (the server's matrix has more). */
export type Permission =
  | 'organisation.read'
  | 'organisation.create'
  | 'organisation.update'
  | 'user.read'
  | 'user.create'
  | 'user.update'
  | 'user.grant'
  | 'audit.read'
  | 'mail.read'
  | 'activity.read'
  | 'activity.create'
  | 'activity.update'
  | 'activity.approve'
  | 'funding.read'
  | 'funding.write'
  | 'exchange_rate.create'
  | 'account.manage'
  | 'period_lock.manage'
  | 'funding_event.create'
  | 'iati.import'
  | 'iati.source.manage';

/**
 * The caller's session: `state` is `loading` until the first answer, and `can` tells whether the signed-in
 * user holds a permission somewhere (the server checks each record again).
 */
export function useSession() {
  const query = useSessionQuery();
  const session = query.data;
  const can = useCallback(
    (permission: Permission) => session?.state === 'active' && session.permissions.includes(permission),
    [session],
  );
  return {
    query,
    session,
    state: session?.state ?? ('loading' as const),
    user: session?.state === 'active' ? (session.user ?? undefined) : undefined,
    can,
    // SSO is offered only when the server says it is configured (an older server without the field: no).
    ssoEnabled: session?.ssoEnabled === true,
  };
}
