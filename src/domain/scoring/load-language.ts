import { detectorsFor, registerLanguage } from './languages.ts';
import { preparePrefilter } from './prefilter.ts';
import type { Lang } from './types.ts';

const loading = new Map<Lang, Promise<void>>();

/** True when the scorer can read `lang` with its own detectors (English always can). */
export function isScorerLanguageLoaded(lang: Lang): boolean {
  return detectorsFor(lang) !== undefined;
}

/**
 * Loads a language's detector pack and registers it. The pack is a separate
 * chunk, so the browser downloads Spanish patterns only when a trainee works
 * in Spanish. Safe to call repeatedly; concurrent calls share one download.
 * Rejects only if the chunk cannot be fetched (offline before it was cached);
 * calling again retries.
 */
export function loadScorerLanguage(lang: Lang): Promise<void> {
  if (isScorerLanguageLoaded(lang)) return Promise.resolve();
  const pending = loading.get(lang);
  if (pending) return pending;
  const load = (async () => {
    if (lang === 'es') {
      const { ES_DETECTORS } = await import('./es/index.ts');
      registerLanguage('es', ES_DETECTORS);
      // Read the pack's patterns now, while the language switches, rather than on its first answer.
      preparePrefilter();
    }
  })();
  loading.set(lang, load);
  load.catch(() => loading.delete(lang));
  return load;
}
