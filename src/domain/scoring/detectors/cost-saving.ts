import type { Detector } from '../detector.ts';

/** `cost-saving`: not yet implemented. */
export const costSaving: Detector = {
  label: 'cost-saving',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
