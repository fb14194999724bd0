import { describe, expect, it, vi } from 'vitest';
import { rescoreAttempts } from '../../../src/domain/review/rescore.ts';
import { rescoreInPool, scoreDistinct, wrapMessageWorker, type MessageWorker, type RescoreProgress, type ScoreRequest, type ScoreResponse, type ScoreWorker } from '../../../src/domain/review/rescore-pool.ts';
import { score } from '../../../src/domain/scoring/scorer.ts';
import { courseScenarios, walkthroughAttempt, walkthroughs } from './support.ts';

// Loading the five scenarios and the scorer takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const scenarios = courseScenarios();
const attempts = walkthroughs().map(({ file, scenarioId }) => walkthroughAttempt(file, scenarioId, { id: file, profileId: 'p' }));

/** An in-process stand-in for a Web Worker running src/workers/rescore-worker.ts. */
function fakeMessageWorker(log: number[]): MessageWorker {
  const listeners: ((e: { data: ScoreResponse }) => void)[] = [];
  return {
    postMessage(message: ScoreRequest) {
      log.push(message.utterances.length);
      queueMicrotask(() => listeners.forEach((l) => l({ data: { id: message.id, results: message.utterances.map((u) => score(u)) } })));
    },
    addEventListener(type: string, listener: (e: never) => void) {
      if (type === 'message') listeners.push(listener as (e: { data: ScoreResponse }) => void);
    },
    terminate() {},
  } as MessageWorker;
}

describe('re-scoring in a pool of workers', () => {
  it('gives exactly the results of re-scoring on one thread, splitting the distinct utterances over the workers', async () => {
    const log: number[] = [];
    let made = 0;
    let terminated = 0;
    const createWorker = (): ScoreWorker => {
      made++;
      const w = wrapMessageWorker(fakeMessageWorker(log));
      return { score: w.score, terminate: () => terminated++ };
    };
    const progress: RescoreProgress[] = [];
    const pooled = await rescoreInPool(attempts, scenarios, { createWorker, workers: 2, chunkSize: 10, onProgress: (p) => progress.push(p), yieldToPage: async () => {} });
    expect(pooled).toEqual(rescoreAttempts(attempts, scenarios));
    expect(made).toBe(2);
    expect(terminated).toBe(2);
    expect(log.length).toBeGreaterThan(2);
    expect(log.every((n) => n <= 10)).toBe(true);
    const last = progress.filter((p) => p.phase === 'scoring').at(-1)!;
    expect(last.done).toBe(last.total);
    expect(progress.at(-1)).toEqual({ phase: 'replaying', done: attempts.length, total: attempts.length });
  });

  it('scores on this thread, in slices, when workers cannot be made', async () => {
    let yields = 0;
    const results = await scoreDistinct(
      [
        { text: 'Thank you, Mrs. Kowal.', callerName: 'Mrs. Kowal', lang: 'en' },
        { text: 'We never lose messages.', callerName: 'Mrs. Kowal', lang: 'en' },
      ],
      {
        createWorker: () => {
          throw new Error('no Worker here');
        },
        chunkSize: 1,
        yieldToPage: async () => void yields++,
      },
    );
    expect(results.size).toBe(2);
    expect([...results.values()].map((r) => r.labels.length > 0)).toEqual([true, true]);
    expect(yields).toBe(2);
  });

  it('stops when the supervisor cancels the import', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(rescoreInPool(attempts, scenarios, { signal: controller.signal, yieldToPage: async () => {} })).rejects.toBeDefined();
  });
});
