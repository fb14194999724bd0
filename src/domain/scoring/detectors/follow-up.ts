import type { Detector } from '../detector.ts';

/** `follow-up`: not yet implemented. */
export const followUp: Detector = {
  label: 'follow-up',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
