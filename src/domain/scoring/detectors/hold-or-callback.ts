import type { Detector } from '../detector.ts';

/** `hold-or-callback`: not yet implemented. */
export const holdOrCallback: Detector = {
  label: 'hold-or-callback',
  reasons: { en: { default: 'TODO' } },
  detect: () => [],
};
