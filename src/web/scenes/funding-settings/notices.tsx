import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The confirmation of the last change of a section (nothing while `message` is null). */
export function SavedNotice({
  message,
  testId,
}: {
  readonly message: string | null;
  readonly testId: string;
}) {
  if (message === null) {
    return null;
  }
  return (
    <Alert color="green" variant="light" role="status" data-testid={testId}>
      {message}
    </Alert>
  );
}

/** Tells users without a section's write permission that its list is theirs to read only. */
export function ReadOnlyNote() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" data-testid="read-only-note">
      {t('fundingSettings.readOnly')}
    </Text>
  );
}
