import type { Detector } from '../detector.ts';

/** `callback-time`: not yet implemented. */
export const callbackTime: Detector = {
  label: 'callback-time',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
