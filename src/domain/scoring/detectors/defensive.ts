import type { Detector } from '../detector.ts';

/** `defensive`: not yet implemented. */
export const defensive: Detector = {
  label: 'defensive',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
