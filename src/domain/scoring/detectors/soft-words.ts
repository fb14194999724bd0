import type { Detector } from '../detector.ts';

/** `soft-words`: not yet implemented. */
export const softWords: Detector = {
  label: 'soft-words',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
