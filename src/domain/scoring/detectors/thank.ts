import type { Detector } from '../detector.ts';

/** `thank`: not yet implemented. */
export const thank: Detector = {
  label: 'thank',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
