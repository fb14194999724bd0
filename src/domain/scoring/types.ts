import type { LabelId } from './labels.ts';

export type Lang = 'en' | 'es';

export interface ScoreInput {
  text: string;
  /** The caller's name as the account shows it ("Mrs. Jones"); `use-name` needs it. */
  callerName?: string;
  lang?: Lang;
}

/** One piece of evidence: a span of the original input and why it carries the label. */
export interface Evidence {
  label: LabelId;
  start: number;
  end: number;
  reason: string;
}

export interface ScoreResult {
  labels: LabelId[];
  evidence: Evidence[];
}

/** A span found by a detector, in offsets of the original input. */
export interface Span {
  start: number;
  end: number;
}
