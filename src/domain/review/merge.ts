import type { Profile } from '../profiles/profile.ts';
import type { ResultsBundle } from '../records/results-bundle.ts';
import type { ReviewBundle } from './review-bundle.ts';
import { getOwn, setOwn } from './own.ts';
import type { RescoredAttempt, ReviewData } from './types.ts';

export interface MergeReport {
  /** Attempts new to this review (to re-score next). */
  added: number;
  /** Attempts already here (same id), or repeated within the imported files; the copy already kept wins. */
  duplicates: number;
  addedTrainees: number;
  addedNotes: number;
  /** Ids of the attempts added, in import order: exactly what needs re-scoring. */
  newAttemptIds: string[];
}

/** Fills a kept profile's blank optional fields from another copy; never overwrites what is there. */
function mergeProfile(kept: Profile, other: Profile): Profile {
  if ((kept.employeeId || !other.employeeId) && (kept.team || !other.team)) return kept;
  return { ...kept, ...(!kept.employeeId && other.employeeId ? { employeeId: other.employeeId } : {}), ...(!kept.team && other.team ? { team: other.team } : {}) };
}

/**
 * Adds imported bundles to the review without losing anything already in it:
 * attempts de-duplicated by id (the first copy kept), trainees by profile id,
 * audit notes kept unless the imported one is newer. The supervisor's own
 * pass mark stays. Re-scoring the new attempts is the next step
 * (`report.newAttemptIds`, then `withRescored`).
 */
export function mergeBundles(state: ReviewData, bundles: readonly (ResultsBundle | ReviewBundle)[]): { state: ReviewData; report: MergeReport } {
  const trainees = { ...state.trainees };
  const attempts = { ...state.attempts };
  const notes = { ...state.notes };
  const workbooks = { ...state.workbooks };
  const report: MergeReport = { added: 0, duplicates: 0, addedTrainees: 0, addedNotes: 0, newAttemptIds: [] };

  const addTrainee = (p: Profile) => {
    const kept = getOwn(trainees, p.id);
    if (!kept) {
      setOwn(trainees, p.id, p);
      report.addedTrainees++;
    } else setOwn(trainees, p.id, mergeProfile(kept, p));
  };
  const addWorkbook = (profileId: string, answers: ResultsBundle['workbook']) => {
    if (!answers) return;
    const kept = getOwn(workbooks, profileId);
    if (!kept || Date.parse(answers.exportedAt) > Date.parse(kept.exportedAt)) setOwn(workbooks, profileId, answers);
  };

  for (const bundle of bundles) {
    const list = bundle.format === 'hold-the-line/results' ? [bundle.trainee] : bundle.trainees;
    for (const p of list) addTrainee(p);
    for (const a of bundle.attempts) {
      if (Object.hasOwn(attempts, a.id)) {
        report.duplicates++;
        continue;
      }
      setOwn(attempts, a.id, a);
      report.added++;
      report.newAttemptIds.push(a.id);
    }
    if (bundle.format === 'hold-the-line/results') addWorkbook(bundle.trainee.id, bundle.workbook);
    else {
      for (const w of bundle.workbooks) addWorkbook(w.profileId, w.answers);
      for (const n of bundle.notes) {
        const kept = getOwn(notes, n.attemptId);
        if (!kept) report.addedNotes++;
        if (!kept || n.updatedAt > kept.updatedAt) setOwn(notes, n.attemptId, n);
      }
    }
  }
  return { state: { ...state, trainees, attempts, notes, workbooks }, report };
}

/** The review with these re-scored results stored beside their attempts. */
export function withRescored(state: ReviewData, results: readonly RescoredAttempt[]): ReviewData {
  const rescored = { ...state.rescored };
  for (const r of results) setOwn(rescored, r.attemptId, r);
  return { ...state, rescored };
}
