import type { Detector } from '../detector.ts';

/** `reassure`: not yet implemented. */
export const reassure: Detector = {
  label: 'reassure',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
