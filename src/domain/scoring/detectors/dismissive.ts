import type { Detector } from '../detector.ts';

/** `dismissive`: not yet implemented. */
export const dismissive: Detector = {
  label: 'dismissive',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
