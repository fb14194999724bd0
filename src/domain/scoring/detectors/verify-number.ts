import type { Detector } from '../detector.ts';

/** `verify-number`: not yet implemented. */
export const verifyNumber: Detector = {
  label: 'verify-number',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
