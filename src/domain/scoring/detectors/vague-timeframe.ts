import type { Detector } from '../detector.ts';

/** `vague-timeframe`: not yet implemented. */
export const vagueTimeframe: Detector = {
  label: 'vague-timeframe',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
