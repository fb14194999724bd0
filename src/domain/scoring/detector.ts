import { LABELS, type LabelId } from './labels.ts';
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

/** Keeps the longest of hits that overlap, in text order, so one phrase is reported once. */
export function dropOverlapping(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

const isDetector = (value: unknown): value is Detector =>
  typeof value === 'object' && value !== null && 'label' in value && 'reasons' in value && typeof (value as Detector).detect === 'function';

/** The detectors a language pack's modules export (their other exports, such as shared patterns, are left out). */
export const detectorsIn = (...modules: object[]): Detector[] => modules.flatMap((m) => Object.values(m).filter(isDetector));

/**
 * `detectors` in the rulebook's order, one per label. A label with none or
 * two is a mistake in a pack, reported as soon as the pack loads.
 */
export function inRulebookOrder(detectors: readonly Detector[]): readonly Detector[] {
  const byLabel = new Map<LabelId, Detector>();
  for (const d of detectors) {
    if (byLabel.has(d.label)) throw new Error(`two detectors for "${d.label}"`);
    byLabel.set(d.label, d);
  }
  return LABELS.map((label) => {
    const detector = byLabel.get(label);
    if (!detector) throw new Error(`no detector for "${label}"`);
    return detector;
  });
}
