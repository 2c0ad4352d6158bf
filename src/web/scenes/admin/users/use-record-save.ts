import { isProblem } from '@/web/api/api-problem';
import { useReloadRecord } from '@/web/api/admin';
import type { RecordOutcome } from '@/web/components/record-outcome';

/**
 * The callbacks of a save to a user record: report success, or on 412 report the conflict and reload the
 * record so that the forms start again from the version someone else saved.
 */
export function useRecordSave(userId: string, onOutcome: (outcome: RecordOutcome) => void) {
  const reload = useReloadRecord();
  return (message: string) => ({
    onSuccess: () => onOutcome({ kind: 'saved', message }),
    onError: (error: unknown) => {
      if (isProblem(error, 'precondition_failed')) {
        onOutcome({ kind: 'conflict', error });
        void reload('users', userId);
      }
    },
  });
}

/** A 412 is reported above the sections (see `useRecordSave`), every other problem in the form. */
export function formError(error: unknown): unknown {
  return isProblem(error, 'precondition_failed') ? null : error;
}
