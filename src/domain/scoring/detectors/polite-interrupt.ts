import type { Detector } from '../detector.ts';

/** `polite-interrupt`: not yet implemented. */
export const politeInterrupt: Detector = {
  label: 'polite-interrupt',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
