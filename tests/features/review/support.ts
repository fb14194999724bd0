import { vi } from 'vitest';
import { rescoreAttempts } from '../../../src/domain/review/rescore.ts';
import type { AuditNote, ReviewData } from '../../../src/domain/review/types.ts';
import type { Rescorer, ReviewPersistence } from '../../../src/features/review/use-review.ts';
import { courseScenarios } from '../../domain/review/support.ts';

export { bundleOf, copy, profile, walkthroughAttempt } from '../../domain/review/support.ts';

/** Storage that keeps the review in memory and records every call, for asserting what was saved. */
export function memoryPersistence(initial?: ReviewData) {
  let kept = initial;
  const notes: AuditNote[] = [];
  const persistence: ReviewPersistence & { notes: AuditNote[]; kept: () => ReviewData | undefined } = {
    notes,
    kept: () => kept,
    load: vi.fn(async () => kept),
    save: vi.fn(async (data: ReviewData) => {
      kept = data;
    }),
    saveNote: vi.fn(async (note: AuditNote) => {
      notes.push(note);
    }),
    saveThreshold: vi.fn(async () => {}),
  };
  return persistence;
}

/** Re-scores on this thread (jsdom has no workers), reporting progress like the pool. */
export const inlineRescorer: Rescorer = async (attempts, onProgress) => {
  const out = rescoreAttempts(attempts, courseScenarios());
  onProgress('replaying', attempts.length, attempts.length);
  return out;
};

/** A File holding JSON text, as the picker hands it over. */
export function jsonFile(name: string, content: unknown): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });
}

/**
 * jsdom lays nothing out, so the virtualized table would think it is 0 px
 * tall and show no rows; give scrolling elements a height.
 */
export function giveElementsHeight(height = 800) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
}
