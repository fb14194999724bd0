import type { Detector } from '../detector.ts';

/** `excuse`: not yet implemented. */
export const excuse: Detector = {
  label: 'excuse',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
