import type { Detector } from '../detector.ts';

/** `admit-fault`: not yet implemented. */
export const admitFault: Detector = {
  label: 'admit-fault',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
