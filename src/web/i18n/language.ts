import { LANGUAGES, type Language } from '@/shared/error-codes';

export { LANGUAGES, type Language };

/** Where the user's explicit language choice is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'carsi.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the stored choice if any, else the first Spanish or English entry of the
 * browser's preferred languages, else Spanish (most users read Spanish first).
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) {
    return stored;
  }
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) {
      return primary;
    }
  }
  return 'es';
}

/** Picks a bilingual API text in `language`, falling back to the other language where it is empty. */
export function pickText(text: Readonly<Record<Language, string>>, language: Language): string {
  return text[language] || text[language === 'es' ? 'en' : 'es'];
}
