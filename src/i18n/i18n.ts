import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const SUPPORTED_LANGUAGES = ['en'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

type StringTable = Record<string, unknown>;

/**
 * Every `locales/<lang>/<feature>.json`, bundled at build time. A feature adds
 * its strings by adding a file; keys are namespaced by the top-level object of
 * each file ("workbook.*", "call.*"), so files never collide.
 */
const localeFiles = import.meta.glob<StringTable>('./locales/*/*.json', { eager: true, import: 'default' });

function tablesByLanguage(): Record<string, { translation: StringTable }> {
  const out: Record<string, { translation: StringTable }> = {};
  for (const [path, table] of Object.entries(localeFiles)) {
    const lang = /\/locales\/([^/]+)\//.exec(path)?.[1];
    if (!lang) continue;
    out[lang] ??= { translation: {} };
    Object.assign(out[lang].translation, table);
  }
  return out;
}

/** One string table per language, assembled from a file per feature. */
export const resources = tablesByLanguage();

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
