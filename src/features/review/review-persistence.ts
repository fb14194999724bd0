import scenarios from 'virtual:scenarios';
import { version as appVersion } from '../../../package.json';
import { rescoreStamp } from '../../domain/review/rescore.ts';
import { loadReview, saveAuditNote, saveReview, saveThreshold } from '../../storage/review-store.ts';
import type { ReviewPersistence } from './use-review.ts';

// Re-scored results saved by another build or scenario edit are dropped on load and computed again.
const stamp = rescoreStamp(scenarios, appVersion);

/** The review kept in this browser's IndexedDB. */
export const reviewPersistence: ReviewPersistence = {
  load: () => loadReview(stamp),
  // The store writes in a few big records and gives the page a turn between transactions, reporting progress.
  save: (data, change, onProgress) => saveReview(data, { stamp, addedIds: change.added, rescoredIds: change.rescored, ...(onProgress ? { onProgress } : {}) }),
  saveNote: saveAuditNote,
  saveThreshold,
};
