import { PasswordInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface PasswordFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** `current-password` to sign in or confirm; `new-password` where a password is chosen. */
  readonly autoComplete: 'current-password' | 'new-password';
  readonly error?: string | undefined;
  /** Shows the password rule (SECURITY.md A1) under the label; for fields that choose a password. */
  readonly withRule?: boolean;
  readonly name?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly 'data-autofocus'?: boolean;
}

/** The server accepts up to 1,024 characters: the field never cuts a long phrase short. */
const MAX_LENGTH = 1024;

/**
 * A password field with a keyboard-reachable show/hide button and, where a password is chosen, the rule:
 * at least 15 characters, a long phrase is ideal, no composition rules.
 */
export function PasswordField({
  label,
  value,
  onChange,
  autoComplete,
  error,
  withRule = false,
  name,
  inputRef,
  ...rest
}: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      ref={inputRef}
      label={label}
      name={name}
      description={withRule ? t('password.rule') : undefined}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete={autoComplete}
      maxLength={MAX_LENGTH}
      required
      error={error}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
      {...rest}
    />
  );
}
