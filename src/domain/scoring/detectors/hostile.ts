import type { Detector } from '../detector.ts';

/** `hostile`: not yet implemented. */
export const hostile: Detector = {
  label: 'hostile',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
