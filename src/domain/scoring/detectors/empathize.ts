import type { Detector } from '../detector.ts';

/** `empathize`: not yet implemented. */
export const empathize: Detector = {
  label: 'empathize',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
