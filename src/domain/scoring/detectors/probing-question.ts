import type { Detector } from '../detector.ts';

/** `probing-question`: not yet implemented. */
export const probingQuestion: Detector = {
  label: 'probing-question',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
