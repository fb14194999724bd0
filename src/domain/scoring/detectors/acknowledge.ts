import type { Detector } from '../detector.ts';

/** `acknowledge`: not yet implemented. */
export const acknowledge: Detector = {
  label: 'acknowledge',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
