import type { Detector, Hit } from './detector.ts';
import { resolveJudgementCalls } from './judgement.ts';
import { LABELS, type LabelId } from './labels.ts';
import { makeDoc } from './text.ts';
import type { Evidence, Lang, ScoreInput, ScoreResult } from './types.ts';
import { detectorsFor } from './languages.ts';

/** Hits per label, before they become evidence. */
export type HitMap = Map<LabelId, Hit[]>;

function reasonFor(detector: Detector, hit: Hit, lang: Lang): string {
  const table = detector.reasons[lang] ?? detector.reasons.en;
  if (!table) return detector.label;
  return table[hit.reason ?? 'default'] ?? table.default;
}

/**
 * Scores one utterance against the rulebook: which labels it carries and the
 * spans that show each. Never throws on user text; an empty or non-text
 * input has no labels.
 */
export function score(input: ScoreInput): ScoreResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const lang: Lang = input.lang === 'es' ? 'es' : 'en';
  if (text.trim() === '') return { labels: [], evidence: [] };
  const callerName = typeof input.callerName === 'string' ? input.callerName : undefined;
  // Until a language's pack is loaded its text is read with the English detectors.
  const detectors = detectorsFor(lang) ?? detectorsFor('en')!;
  const doc = makeDoc(text, lang, callerName);

  const hits: HitMap = new Map();
  for (const detector of detectors) {
    let found: Hit[] = [];
    try {
      found = detector.detect(doc);
    } catch {
      // A detector bug must never cost the trainee their turn; the label is just not reported.
      found = [];
    }
    if (found.length > 0) hits.set(detector.label, found);
  }
  resolveJudgementCalls(hits, doc);

  const labels: LabelId[] = [];
  const evidence: Evidence[] = [];
  for (const label of LABELS) {
    const found = hits.get(label);
    if (!found || found.length === 0) continue;
    labels.push(label);
    const detector = detectors.find((d) => d.label === label)!;
    const seen = new Set<string>();
    for (const hit of found) {
      const key = `${hit.start}:${hit.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push({ label, start: hit.start, end: hit.end, reason: reasonFor(detector, hit, lang) });
    }
  }
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  return { labels, evidence };
}
