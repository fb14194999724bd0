import type { Detector } from '../detector.ts';

/** `we-never`: not yet implemented. */
export const weNever: Detector = {
  label: 'we-never',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
