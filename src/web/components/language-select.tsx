import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@/web/i18n/language';

interface LanguageSelectProps {
  readonly value: Language;
  readonly onChange: (value: Language) => void;
  readonly error?: string | undefined;
}

/** The language of an account (its e-mails); each option is written in its own language. */
export function LanguageSelect({ value, onChange, error }: LanguageSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('userFields.language')}
      description={t('userFields.languageHint')}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) {
          onChange(next);
        }
      }}
      data={[
        { value: 'es', label: t('form.spanish') },
        { value: 'en', label: t('form.english') },
      ]}
      error={error}
      maw={320}
    />
  );
}
