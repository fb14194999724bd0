import type { Detector } from '../detector.ts';

/** `jargon`: not yet implemented. */
export const jargon: Detector = {
  label: 'jargon',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
