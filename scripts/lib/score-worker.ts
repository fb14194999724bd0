import { parentPort } from 'node:worker_threads';
import type { ScoreRequest, ScoreResponse } from '../../src/domain/review/rescore-pool.ts';
import '../../src/domain/scoring/es/register.ts';
import { scoreMany } from '../../src/domain/scoring/scorer.ts';

/** The bench's worker thread: the same job as the browser's src/workers/rescore-worker.ts. */
parentPort!.on('message', (request: ScoreRequest) => {
  const response: ScoreResponse = { id: request.id, results: scoreMany(request.utterances) };
  parentPort!.postMessage(response);
});
