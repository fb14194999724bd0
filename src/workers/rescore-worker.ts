/// <reference lib="webworker" />
import type { ScoreRequest, ScoreResponse } from '../domain/review/rescore-pool.ts';
import { loadScorerLanguage } from '../domain/scoring/load-language.ts';
import { scoreMany } from '../domain/scoring/scorer.ts';

/**
 * Scores the utterances the review's pool sends (src/domain/review/rescore-pool.ts),
 * off the page's thread so importing thousands of calls leaves the page responsive.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<ScoreRequest>) => {
  const { id, utterances } = event.data;
  // Spanish calls need the Spanish pack; it loads once, on the first Spanish utterance.
  const langs = [...new Set(utterances.map((u) => u.lang))];
  void Promise.all(langs.map((l) => loadScorerLanguage(l).catch(() => undefined))).then(() => {
    const response: ScoreResponse = { id, results: scoreMany(utterances) };
    scope.postMessage(response);
  });
});
