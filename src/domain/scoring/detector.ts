import type { LabelId } from './labels.ts';
import type { Doc } from './text.ts';
import type { Lang, Span } from './types.ts';

/** A detector's finding: a span and, optionally, which of its reasons explains it. */
export interface Hit extends Span {
  /** Key into the detector's `reasons`; `default` when absent. */
  reason?: string;
}

/** One-line reasons a trainee can read, per language, keyed by variant. */
export type Reasons = Partial<Record<Lang, { default: string } & Record<string, string>>>;

/** Finds one rulebook label in an utterance. */
export interface Detector {
  label: LabelId;
  reasons: Reasons;
  detect(doc: Doc): Hit[];
}
