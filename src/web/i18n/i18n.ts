import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';
import { detectLanguage, LANGUAGE_STORAGE_KEY, type Language } from './language';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof es };
  }
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be disabled (private modes, strict policies); the browser's languages still apply.
    return null;
  }
}

/** Remembers an explicit choice of the user; see `readStoredLanguage` for why failures are ignored. */
export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts for this visit only.
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { es: { translation: es }, en: { translation: en } },
  lng: detectLanguage(readStoredLanguage(), navigator.languages),
  fallbackLng: 'es',
  supportedLngs: ['es', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
});
