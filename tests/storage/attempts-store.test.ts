import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { buildAttempt, type Attempt } from '../../src/domain/records/attempt.ts';
import { compileScenario } from '../../src/domain/scenario/compile.ts';
import { loadScenarioFile } from '../../src/domain/scenario/load.ts';
import { scoreCall } from '../../src/domain/scenario/score.ts';
import { listAttempts, saveAttempt } from '../../src/storage/attempts-store.ts';
import { closeAppDb, openAppDb } from '../../src/storage/db.ts';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(async () => {
  await closeAppDb();
  vi.unstubAllGlobals();
});

function buildRecord(id: string, profileId: string, endedAt: number): Attempt {
  const scenario = loadScenarioFile('scenarios/irma.yaml').scenario!;
  const actor = createActor(compileScenario(scenario)).start();
  while (actor.getSnapshot().status !== 'done') actor.send({ type: 'trainee.staySilent' });
  const { transcript, endingId, mood } = actor.getSnapshot().context;
  return buildAttempt(scenario, { id, profileId, mode: 'exam', startedAt: endedAt - 1000, endedAt, transcript, endingId: endingId!, mood, score: scoreCall(scenario, { transcript, endingId, mood }) });
}

describe('attempts store', () => {
  it('keeps each trainee’s attempts apart, oldest first, across a reconnect', async () => {
    await saveAttempt(buildRecord('b', 'ana', 2000));
    await saveAttempt(buildRecord('a', 'ana', 1000));
    await saveAttempt(buildRecord('c', 'ben', 1500));
    await closeAppDb();
    expect((await listAttempts('ana')).map((a) => a.id)).toEqual(['a', 'b']);
    expect((await listAttempts('ben')).map((a) => a.id)).toEqual(['c']);
  });

  it('skips a stored record that is not an attempt instead of failing the whole list', async () => {
    await saveAttempt(buildRecord('good', 'ana', 1000));
    const db = await openAppDb();
    await db.put('attempts', { id: 'broken', profileId: 'ana', score: 'lots' });
    expect((await listAttempts('ana')).map((a) => a.id)).toEqual(['good']);
  });
});
