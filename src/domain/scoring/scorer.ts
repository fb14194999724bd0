import type { Detector, Hit } from './detector.ts';
import { resolveJudgementCalls } from './judgement.ts';
import { LABELS, type LabelId } from './labels.ts';
import { prefilterDocuments } from './prefilter.ts';
import { readDoc } from './text.ts';
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
  return scoreMany([input])[0]!;
}

/**
 * How many utterances bulk scoring reads at once. Each detector runs over
 * the whole block before the next one starts: its patterns' compiled code
 * then stays in the processor's caches, which made re-scoring a team's
 * answers about twice as fast as running every detector on one answer after
 * another (docs/scorer.md, "Bulk scoring").
 */
export const SCORE_BLOCK = 512;

/** `score` for many utterances, with the same results in the same order, faster per utterance. */
export function scoreMany(inputs: readonly ScoreInput[]): ScoreResult[] {
  const results: ScoreResult[] = new Array<ScoreResult>(inputs.length);
  const byLang: Record<Lang, number[]> = { en: [], es: [] };
  inputs.forEach((input, i) => {
    if (typeof input.text !== 'string' || input.text.trim() === '') results[i] = { labels: [], evidence: [] };
    else byLang[input.lang === 'es' ? 'es' : 'en'].push(i);
  });
  for (const lang of ['en', 'es'] as const) {
    const indices = byLang[lang];
    for (let from = 0; from < indices.length; from += SCORE_BLOCK) {
      const block = indices.slice(from, from + SCORE_BLOCK);
      scoreBlock(block.map((i) => inputs[i]!), lang).forEach((result, k) => (results[block[k]!] = result));
    }
  }
  return results;
}

/** Scores non-empty utterances of one language, detector by detector. */
function scoreBlock(inputs: readonly ScoreInput[], lang: Lang): ScoreResult[] {
  // Until a language's pack is loaded its text is read with the English detectors.
  const detectors = detectorsFor(lang) ?? detectorsFor('en')!;
  const docs = inputs.map((input) => readDoc(input.text, lang, typeof input.callerName === 'string' ? input.callerName : undefined));
  prefilterDocuments(
    docs.map((doc) => ({ text: doc.folded, parts: doc.sentences })),
    lang,
  );
  const hitMaps: HitMap[] = docs.map(() => new Map());
  for (const detector of detectors) {
    docs.forEach((doc, i) => {
      let found: Hit[] = [];
      try {
        found = detector.detect(doc);
      } catch {
        // A detector bug must never cost the trainee their turn; the label is just not reported.
        found = [];
      }
      if (found.length > 0) hitMaps[i]!.set(detector.label, found);
    });
  }
  return docs.map((doc, i) => {
    const hits = hitMaps[i]!;
    resolveJudgementCalls(hits, doc);
    return resultOf(hits, detectors, lang);
  });
}

/** The labels found and their evidence, in rulebook order and then by position. */
function resultOf(hits: HitMap, detectors: readonly Detector[], lang: Lang): ScoreResult {
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
