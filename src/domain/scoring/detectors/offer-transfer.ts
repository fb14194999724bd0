import type { Detector } from '../detector.ts';

/** `offer-transfer`: not yet implemented. */
export const offerTransfer: Detector = {
  label: 'offer-transfer',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
