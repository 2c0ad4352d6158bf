import type { Language } from '@/web/i18n/language';

const displayNames = new Map<Language, Intl.DisplayNames>();

/**
 * A country's name in the UI language from its ISO code (the IATI list has English names only), falling
 * back to `fallback` (or the code) where the browser does not know it.
 */
export function countryName(code: string, language: Language, fallback?: string): string {
  let names = displayNames.get(language);
  if (names === undefined) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    displayNames.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? fallback ?? code;
  } catch {
    return fallback ?? code;
  }
}
