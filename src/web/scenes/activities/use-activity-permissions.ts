import { useCallback } from 'react';
import { useSession } from '@/web/hooks/use-session';

/** The permissions of the activity screens (the session's `can` does not list them yet). */
export type ActivityPermission = 'activity.create' | 'activity.update' | 'activity.approve' | 'funding.write';

/** Whether the signed-in user holds an activity permission somewhere (the server checks each record again). */
export function useActivityCan(): (permission: ActivityPermission) => boolean {
  const { session } = useSession();
  return useCallback(
    (permission) => session?.state === 'active' && session.permissions.includes(permission),
    [session],
  );
}
