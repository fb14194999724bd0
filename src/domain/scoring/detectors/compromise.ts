import type { Detector } from '../detector.ts';

/** `compromise`: not yet implemented. */
export const compromise: Detector = {
  label: 'compromise',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
