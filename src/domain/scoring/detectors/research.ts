import type { Detector } from '../detector.ts';

/** `research`: not yet implemented. */
export const research: Detector = {
  label: 'research',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
