import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Where the trainee's language choice is kept (other features and tests read this exact key). */
export const LANGUAGE_STORAGE_KEY = 'hold-the-line:lang';

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

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Fills in the plural forms a language has that its files need not spell out:
 * Spanish has a "many" form (for exact millions) that reads like "other";
 * without it i18next would print the bare key for a count of 1000000. Each
 * file therefore keeps the same `_one`/`_other` keys in every language.
 */
function completePlurals(table: StringTable, categories: readonly string[]): void {
  for (const [key, value] of Object.entries(table)) {
    if (value && typeof value === 'object') completePlurals(value as StringTable, categories);
    else if (key.endsWith('_other')) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const category of categories) if (category !== 'zero' && category !== 'one') table[`${base}_${category}`] ??= value;
    }
  }
}

/** One string table per language, assembled from a file per feature. */
export const resources = tablesByLanguage();
for (const [lang, { translation }] of Object.entries(resources)) completePlurals(translation, new Intl.PluralRules(lang).resolvedOptions().pluralCategories);

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** "es-MX" → "es"; undefined when the tag is not a language the app speaks. */
function uiLanguageOf(tag: string | undefined | null): UiLanguage | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return isUiLanguage(base) ? base : undefined;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Some privacy modes throw on touching localStorage at all.
    return undefined;
  }
}

/** The language saved by the trainee, or undefined if none was saved (or storage is unavailable). */
export function savedLanguage(): UiLanguage | undefined {
  try {
    return uiLanguageOf(storage()?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** The language to start in: the saved choice, else the browser's first language the app speaks, else English. */
export function preferredLanguage(): UiLanguage {
  const saved = savedLanguage();
  if (saved) return saved;
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  for (const tag of nav?.languages?.length ? nav.languages : [nav?.language]) {
    const lang = uiLanguageOf(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** The language the interface is showing now. */
export function currentLanguage(): UiLanguage {
  return uiLanguageOf(i18next.resolvedLanguage ?? i18next.language) ?? 'en';
}

type LanguageListener = (lang: UiLanguage) => void;
const listeners = new Set<LanguageListener>();

/** Calls `listener` on every change of the interface's language; returns the function that unsubscribes. */
export function onLanguageChange(listener: LanguageListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const scorerLoads = new Map<UiLanguage, Promise<void>>();

/**
 * The scorer reads a language only once its detector pack is loaded. The
 * loader is imported on demand so the scorer stays out of the start-up chunk;
 * the pack itself is a further chunk fetched only for a trainee working in it.
 */
function loadScorerFor(lang: UiLanguage): Promise<void> {
  if (lang === 'en') return Promise.resolve();
  let pending = scorerLoads.get(lang);
  if (!pending) {
    pending = import('../domain/scoring/load-language.ts')
      .then(({ loadScorerLanguage }) => loadScorerLanguage(lang))
      .catch((err: unknown) => {
        // The interface still switches; the next switch tries the pack again.
        scorerLoads.delete(lang);
        console.warn(`Could not load the ${lang} scorer`, err);
      });
    scorerLoads.set(lang, pending);
  }
  return pending;
}

function applyToDocument(lang: UiLanguage): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Starts i18next with the interface's string tables; every visible string goes through it. */
export async function initI18n(lng: UiLanguage = 'en'): Promise<I18n> {
  if (!i18next.isInitialized) {
    // Whatever changes the language (the switch, a test, another module), the page and subscribers follow.
    i18next.on('languageChanged', (tag: string) => {
      const lang = uiLanguageOf(tag) ?? 'en';
      applyToDocument(lang);
      for (const listener of listeners) listener(lang);
    });
    await i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      supportedLngs: [...SUPPORTED_LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18next.language !== lng) {
    await i18next.changeLanguage(lng);
  }
  applyToDocument(lng);
  void loadScorerFor(lng);
  return i18next;
}

/**
 * Switches the whole interface live (no reload), remembers the choice for the
 * next visit, sets `<html lang>` and loads the scorer for that language.
 */
export async function setLanguage(lang: UiLanguage): Promise<void> {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Storage full or blocked: the switch still applies for this visit.
  }
  await loadScorerFor(lang);
  await initI18n(lang);
}
