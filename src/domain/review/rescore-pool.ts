import type { Attempt } from '../records/attempt.ts';
import type { Scenario } from '../scenario/schema.ts';
import { loadScorerLanguage } from '../scoring/load-language.ts';
import { scoreMany } from '../scoring/scorer.ts';
import type { ScoreResult } from '../scoring/types.ts';
import { distinctUtterances, indexScenarios, memoScorer, rescoreAttempt, UtteranceMap, type ScenarioIndex } from './rescore.ts';
import type { RescoredAttempt, Utterance } from './types.ts';

/** The messages between the pool and a scoring worker (browser Web Worker or Node worker thread). */
export interface ScoreRequest {
  id: number;
  utterances: Utterance[];
}
export interface ScoreResponse {
  id: number;
  results: ScoreResult[];
}

/** A worker that scores utterances, whatever runs it (adapters below for Web Workers; the bench wraps worker_threads). */
export interface ScoreWorker {
  score(utterances: Utterance[]): Promise<ScoreResult[]>;
  terminate(): void;
}

/** The part of a Web Worker (or Node `MessagePort`-like object) the adapter needs. */
export interface MessageWorker {
  postMessage(message: ScoreRequest): void;
  addEventListener(type: 'message', listener: (event: { data: ScoreResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  terminate(): void;
}

/** Wraps a worker running `src/workers/rescore-worker.ts` as a ScoreWorker (one request in flight at a time per worker). */
export function wrapMessageWorker(worker: MessageWorker): ScoreWorker {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: ScoreResult[]) => void; reject: (e: unknown) => void }>();
  worker.addEventListener('message', (event) => {
    const w = waiting.get(event.data.id);
    if (!w) return;
    waiting.delete(event.data.id);
    w.resolve(event.data.results);
  });
  worker.addEventListener('error', (event) => {
    for (const w of waiting.values()) w.reject(event);
    waiting.clear();
  });
  return {
    score(utterances) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, utterances });
      });
    },
    terminate: () => worker.terminate(),
  };
}

export interface RescoreProgress {
  /** 'scoring': distinct utterances scored so far; 'replaying': attempts re-scored so far. */
  phase: 'scoring' | 'replaying';
  done: number;
  total: number;
}

export interface PoolOptions {
  /** Makes one scoring worker; without it (or if it throws) scoring runs here, in slices. */
  createWorker?: () => ScoreWorker;
  /** How many workers (default: navigator.hardwareConcurrency, at least 1, at most 8). */
  workers?: number;
  /** Utterances per message; big enough that messaging costs little, small enough for smooth progress. */
  chunkSize?: number;
  onProgress?: (progress: RescoreProgress) => void;
  signal?: AbortSignal;
  /** Yields to the event loop between slices of main-thread work so the page keeps responding (default: a macrotask). */
  yieldToPage?: () => Promise<void>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function concurrency(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(8, Number.isFinite(n) && n > 0 ? n : 2));
}

/** Loads the scorer packs these utterances need on this thread (a pack that cannot load leaves English reading it). */
async function loadLanguages(utterances: readonly Utterance[]): Promise<void> {
  const langs = [...new Set(utterances.map((u) => u.lang))];
  await Promise.all(langs.map((l) => loadScorerLanguage(l).catch(() => undefined)));
}

function checkAborted(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * Scores every distinct utterance across `workers` workers, each chunk going
 * to whichever worker is free; returns the results by utterance.
 */
export async function scoreDistinct(utterances: readonly Utterance[], options: PoolOptions = {}): Promise<UtteranceMap<ScoreResult>> {
  const results = new UtteranceMap<ScoreResult>();
  const chunkSize = options.chunkSize ?? 400;
  const chunks: Utterance[][] = [];
  for (let i = 0; i < utterances.length; i += chunkSize) chunks.push(utterances.slice(i, i + chunkSize));
  const yieldToPage = options.yieldToPage ?? defaultYield;
  let done = 0;
  const report = () => options.onProgress?.({ phase: 'scoring', done, total: utterances.length });
  const store = (chunk: Utterance[], scored: ScoreResult[]) => {
    chunk.forEach((u, i) => results.set(u, scored[i] ?? { labels: [], evidence: [] }));
    done += chunk.length;
    report();
  };

  const workers: ScoreWorker[] = [];
  if (options.createWorker && chunks.length > 0) {
    const wanted = Math.min(options.workers ?? concurrency(), chunks.length);
    try {
      for (let i = 0; i < wanted; i++) workers.push(options.createWorker());
    } catch {
      // No workers here (old browser, strict CSP): score on this thread below.
    }
  }
  report();
  try {
    if (workers.length > 0) {
      let next = 0;
      await Promise.all(
        workers.map(async (worker) => {
          while (next < chunks.length) {
            checkAborted(options.signal);
            const chunk = chunks[next++]!;
            store(chunk, await worker.score(chunk));
          }
        }),
      );
    } else {
      await loadLanguages(utterances);
      for (const chunk of chunks) {
        checkAborted(options.signal);
        store(chunk, scoreMany(chunk));
        await yieldToPage();
      }
    }
  } finally {
    for (const w of workers) w.terminate();
  }
  return results;
}

/**
 * Re-scores attempts with the scoring spread over workers: the distinct
 * utterances are scored once each in the workers, then each transcript is
 * replayed here in slices (cheap), yielding to the page between slices.
 */
export async function rescoreInPool(attempts: readonly Attempt[], scenarios: ScenarioIndex | readonly Scenario[], options: PoolOptions = {}): Promise<RescoredAttempt[]> {
  const index = Array.isArray(scenarios) ? indexScenarios(scenarios as readonly Scenario[]) : (scenarios as ScenarioIndex);
  const scoreText = memoScorer();
  // The workers' results fill the memo, so replaying below scores nothing again.
  const utterances = distinctUtterances(attempts, index);
  const scored = await scoreDistinct(utterances, options);
  for (const u of utterances) scoreText.results.set(u, scored.get(u)!);
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const out: RescoredAttempt[] = [];
  const slice = 500;
  for (let i = 0; i < attempts.length; i += slice) {
    checkAborted(options.signal);
    for (const a of attempts.slice(i, i + slice)) out.push(rescoreAttempt(a, index, { scoreText }));
    options.onProgress?.({ phase: 'replaying', done: out.length, total: attempts.length });
    if (i + slice < attempts.length) await yieldToPage();
  }
  return out;
}
