import type { Detector } from '../detector.ts';

/** `written-confirmation`: not yet implemented. */
export const writtenConfirmation: Detector = {
  label: 'written-confirmation',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
