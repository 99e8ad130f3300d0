import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../locales/resources';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
/** The API's Language enum for a UI language: the data follows the language switch. */
export type ApiLanguage = 'EN' | 'FR' | 'ES';

export const apiLanguage = (lng: string): ApiLanguage => (lng.startsWith('fr') ? 'FR' : lng.startsWith('es') ? 'ES' : 'EN');

const STORAGE_KEY = 'gcm-tracker.language';

function initialLanguage(): UiLanguage {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as UiLanguage;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(browser) ? (browser as UiLanguage) : 'en';
}

export function createI18n(lng: UiLanguage = initialLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: Object.keys(resources.en),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
    if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, next);
  });
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return instance;
}
