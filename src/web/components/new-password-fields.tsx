import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from './password-field';

/** A new password typed twice; `confirm` marks the second field when they differ and moves focus there. */
export function usePasswordPair() {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const repeatRef = useRef<HTMLInputElement>(null);
  const confirm = (): boolean => {
    const same = password === repeat;
    setMismatch(!same);
    if (!same) {
      repeatRef.current?.focus();
    }
    return same;
  };
  const reset = () => {
    setPassword('');
    setRepeat('');
    setMismatch(false);
  };
  return { password, setPassword, repeat, setRepeat, mismatch, confirm, reset, repeatRef };
}

export type PasswordPair = ReturnType<typeof usePasswordPair>;

interface NewPasswordFieldsProps {
  readonly pair: PasswordPair;
  /** The server's message about the new password (too short, too common…). */
  readonly error?: string | undefined;
  readonly label?: string;
  readonly repeatLabel?: string;
}

/** The new password with its rule, then the same again. */
export function NewPasswordFields({ pair, error, label, repeatLabel }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={label ?? t('password.new')}
        name="new-password"
        value={pair.password}
        onChange={pair.setPassword}
        autoComplete="new-password"
        error={error}
        withRule
      />
      <PasswordField
        label={repeatLabel ?? t('password.repeat')}
        name="repeat-password"
        value={pair.repeat}
        onChange={pair.setRepeat}
        autoComplete="new-password"
        error={pair.mismatch ? t('password.mismatch') : undefined}
        inputRef={pair.repeatRef}
      />
    </>
  );
}
