import type { Detector } from '../detector.ts';

/** `action-statement`: not yet implemented. */
export const actionStatement: Detector = {
  label: 'action-statement',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
