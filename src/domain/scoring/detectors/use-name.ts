import type { Detector } from '../detector.ts';

/** `use-name`: not yet implemented. */
export const useName: Detector = {
  label: 'use-name',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
