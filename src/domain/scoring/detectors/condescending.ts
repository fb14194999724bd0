import type { Detector } from '../detector.ts';

/** `condescending`: not yet implemented. */
export const condescending: Detector = {
  label: 'condescending',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
