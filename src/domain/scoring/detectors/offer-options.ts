import type { Detector } from '../detector.ts';

/** `offer-options`: not yet implemented. */
export const offerOptions: Detector = {
  label: 'offer-options',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
