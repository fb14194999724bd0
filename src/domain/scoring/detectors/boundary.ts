import type { Detector } from '../detector.ts';

/** `boundary`: not yet implemented. */
export const boundary: Detector = {
  label: 'boundary',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
