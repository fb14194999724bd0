import type { Detector } from '../detector.ts';

/** `protect-privacy`: not yet implemented. */
export const protectPrivacy: Detector = {
  label: 'protect-privacy',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
