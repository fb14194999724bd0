import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './locales/en/common.json';
import profile from './locales/en/profile.json';
import workbook from './locales/en/workbook.json';
import call from './locales/en/call.json';

export const SUPPORTED_LANGUAGES = ['en'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * One string table per language, assembled from a file per feature so
 * features can grow their strings independently; keys are namespaced by the
 * top-level object of each file ("workbook.*", "call.*").
 */
export const resources = {
  en: { translation: { ...common, ...profile, ...workbook, ...call } },
} as const;

/** Starts i18next with the interface's string tables; every visible string goes through it. */
export async function initI18n(lng: UiLanguage = 'en'): Promise<I18n> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18next.language !== lng) {
    await i18next.changeLanguage(lng);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18next;
}
