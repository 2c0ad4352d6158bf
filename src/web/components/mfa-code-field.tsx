import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface MfaCodeFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly autoFocus?: boolean;
}

/** The 6-digit code of an authenticator app: numeric keyboard, and the browser may fill it in. */
export function MfaCodeField({ value, onChange, error, autoFocus = false }: MfaCodeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('signIn.code')}
      description={t('signIn.codeHint')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={9}
      required
      error={error}
      autoFocus={autoFocus}
      w={320}
      name="code"
      data-testid="mfa-code"
    />
  );
}
