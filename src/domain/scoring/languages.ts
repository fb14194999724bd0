import type { Detector } from './detector.ts';
import type { Lang } from './types.ts';
import { DETECTORS } from './detectors/index.ts';

/**
 * The detectors for each language. English is always here; other languages
 * register their pack when it is loaded (the browser loads a pack only when
 * the trainee works in that language, so one language's patterns do not
 * weigh on everyone's download).
 */
const packs = new Map<Lang, readonly Detector[]>([['en', DETECTORS]]);

export function registerLanguage(lang: Lang, detectors: readonly Detector[]): void {
  packs.set(lang, detectors);
}

/** The detectors that read `lang`, or undefined when its pack is not loaded. */
export function detectorsFor(lang: Lang): readonly Detector[] | undefined {
  return packs.get(lang);
}
