import type { Detector } from '../detector.ts';

/** `summarize`: not yet implemented. */
export const summarize: Detector = {
  label: 'summarize',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
