import { wrapMessageWorker, type MessageWorker, type ScoreWorker } from '../domain/review/rescore-pool.ts';

/** A browser scoring worker for the review's pool (Vite bundles the worker from this literal URL). */
export function createRescoreWorker(): ScoreWorker {
  const worker = new Worker(new URL('./rescore-worker.ts', import.meta.url), { type: 'module', name: 'rescore' });
  return wrapMessageWorker(worker as unknown as MessageWorker);
}
