import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert';

/**
 * What the last save of a record did. It is kept above the record's forms, which start again from each new
 * version: `saved` after a success, `conflict` (with the 412 problem) when someone else changed it first.
 */
export type RecordOutcome =
  | { readonly kind: 'saved'; readonly message: string }
  | { readonly kind: 'conflict'; readonly error: unknown }
  | null;

export function RecordOutcomeNotice({ outcome }: { readonly outcome: RecordOutcome }) {
  const { t } = useTranslation();
  if (outcome === null) {
    return null;
  }
  if (outcome.kind === 'saved') {
    return (
      <Alert color="green" variant="light" role="status" mb="md" maw={960} data-testid="record-saved">
        {outcome.message}
      </Alert>
    );
  }
  return (
    <Stack gap="xs" mb="md" maw={960}>
      <ProblemAlert error={outcome.error} />
      <Alert color="blue" variant="light">
        {t('form.reloaded')}
      </Alert>
    </Stack>
  );
}
