import type { Detector } from '../detector.ts';

/** `rephrase`: not yet implemented. */
export const rephrase: Detector = {
  label: 'rephrase',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
