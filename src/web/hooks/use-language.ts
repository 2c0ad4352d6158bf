import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { storeLanguage } from '@/web/i18n/i18n';
import { isLanguage, pickText, type Language } from '@/web/i18n/language';

/** The UI language, a setter that remembers the choice, and the picker for bilingual API texts. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'es';

  const setLanguage = useCallback(
    (next: Language) => {
      storeLanguage(next);
      void i18n.changeLanguage(next).then(() =>
        // Error messages come from the server in the request's language: ask again in the new one.
        queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' }),
      );
    },
    [i18n, queryClient],
  );

  const pick = useCallback(
    (text: Readonly<Record<Language, string>>) => pickText(text, language),
    [language],
  );

  return { language, setLanguage, pick };
}
