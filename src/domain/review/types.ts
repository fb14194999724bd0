import type { Attempt } from '../records/attempt.ts';
import type { Profile } from '../profiles/profile.ts';
import type { CallScore } from '../scenario/score.ts';
import type { EndingResult } from '../scenario/schema.ts';
import type { LabelId } from '../scoring/labels.ts';
import type { Evidence, Lang } from '../scoring/types.ts';
import type { AnswersFile } from '../workbook/export-json.ts';

/** Why a re-scored attempt deserves the supervisor's attention; never hidden, shown on the attempt. */
export const REVIEW_FLAGS = ['scored-differently', 'transcript-misfit'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

/** What exactly does not fit when a transcript cannot be replayed on the current scenario. */
export const MISFIT_REASONS = ['unknown-scenario', 'unknown-step', 'unknown-response', 'wrong-path', 'wrong-ending', 'too-long'] as const;
export type MisfitReason = (typeof MISFIT_REASONS)[number];

/** One turn as the current scorer and scenario read it, beside what the trainee's file said. */
export interface RescoredTurn {
  turn: number;
  stepId: string;
  source: Attempt['transcript'][number]['source'];
  /** The trainee's words exactly as stored: plain text, never markup. */
  text: string | null;
  responseId?: string;
  /** Classroom: who answered, and the trainer's correction that was applied on top of the scorer. */
  answeredBy?: string;
  trainerCorrection?: { added: LabelId[]; removed: LabelId[] };
  /** Caller lines shown before this answer, as stored (for the drill-down transcript). */
  callerLines: Attempt['transcript'][number]['callerLines'];
  labels: LabelId[];
  evidence: Evidence[];
  met: LabelId[];
  missed: LabelId[];
  faults: LabelId[];
  /** The labels the file claimed for this turn, and whether the current reading differs. */
  storedLabels: LabelId[];
  changed: boolean;
  moodBefore: number;
  moodAfter: number;
  next: string;
}

/** An attempt re-scored from its transcript with the current scorer and scenario definitions. */
export interface RescoredAttempt {
  attemptId: string;
  scenarioId: string;
  /** The re-computed 0-100 score; null only when the scenario is unknown to this app. */
  total: number | null;
  /** What the file said, kept for the "scored differently" explanation. */
  storedTotal: number;
  score: CallScore | null;
  turns: RescoredTurn[];
  endingId: string | null;
  result: EndingResult | null;
  finalMood: number;
  flags: ReviewFlag[];
  /** Set with the 'transcript-misfit' flag: the first thing that did not fit, and on which turn (1-based) if any. */
  misfit?: { reason: MisfitReason; turn?: number; detail?: string };
  /** Turn numbers whose labels differ from the stored ones. */
  changedTurns: number[];
  /** The attempt was recorded on a different edit of the scenario (information, not a flag). */
  versionChanged: boolean;
}

/** The supervisor's audit of one attempt (escalation guide): one area of opportunity and one strength, free text. */
export interface AuditNote {
  attemptId: string;
  opportunity: string;
  strength: string;
  /** The rule ids the note was suggested from, if the supervisor started from a suggestion. */
  opportunityRule?: LabelId | null;
  strengthRule?: LabelId | null;
  updatedAt: number;
}

/** Everything the supervisor has imported and decided; plain data so it stores in IndexedDB and exports as JSON. */
export interface ReviewData {
  /** By profile id. */
  trainees: Record<string, Profile>;
  /** By attempt id (de-duplicated). */
  attempts: Record<string, Attempt>;
  /** By attempt id; missing until the attempt has been re-scored. */
  rescored: Record<string, RescoredAttempt>;
  /** By attempt id. */
  notes: Record<string, AuditNote>;
  /** Workbook answers that came with a trainee's bundle, by profile id. */
  workbooks: Record<string, AnswersFile>;
  /** Pass mark, 0-100, set by the supervisor. */
  threshold: number;
}

export const DEFAULT_THRESHOLD = 70;

export function emptyReviewData(threshold = DEFAULT_THRESHOLD): ReviewData {
  return { trainees: {}, attempts: {}, rescored: {}, notes: {}, workbooks: {}, threshold };
}

/** One distinct thing to score: batch re-scoring scores each once. */
export interface Utterance {
  text: string;
  callerName: string;
  lang: Lang;
}
