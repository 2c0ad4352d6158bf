import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import activitiesEn from './activities.en.json';
import activitiesEs from './activities.es.json';
import en from './en.json';
import es from './es.json';
import fundingEn from './funding.en.json';
import fundingEs from './funding.es.json';
import fundingSettingsEn from './funding-settings.en.json';
import fundingSettingsEs from './funding-settings.es.json';
import iatiEn from './iati.en.json';
import iatiEs from './iati.es.json';
import sourcesEn from './sources.en.json';
import sourcesEs from './sources.es.json';
import { detectLanguage, LANGUAGE_STORAGE_KEY, type Language } from './language';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof spanish };
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

/**
 * The texts of each area live in their own files (activities, funding, its settings, IATI, data sources), merged
 * into one namespace.
 */
const spanish = { ...es, ...activitiesEs, ...fundingEs, ...fundingSettingsEs, ...iatiEs, ...sourcesEs };
const english = { ...en, ...activitiesEn, ...fundingEn, ...fundingSettingsEn, ...iatiEn, ...sourcesEn };

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { es: { translation: spanish }, en: { translation: english } },
  lng: detectLanguage(readStoredLanguage(), navigator.languages),
  fallbackLng: 'es',
  supportedLngs: ['es', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
});
