import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeBundles, withRescored } from '../../src/domain/review/merge.ts';
import { rescoreAttempts, rescoreStamp, unscoredAttemptIds } from '../../src/domain/review/rescore.ts';
import { emptyReviewData, type ReviewData } from '../../src/domain/review/types.ts';
import { closeAppDb, openAppDb } from '../../src/storage/db.ts';
import { ATTEMPTS_PER_RECORD, clearReview, loadReview, saveAuditNote, saveReview, saveThreshold } from '../../src/storage/review-store.ts';
import { bundleOf, courseScenarios, profile, walkthroughAttempt } from '../domain/review/support.ts';

// Loading the five scenarios and the scorer takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(async () => {
  await closeAppDb();
  vi.unstubAllGlobals();
});

const scenarios = courseScenarios();
const stamp = rescoreStamp(scenarios, '0.1.0');
const ana = profile('p-ana', 'Ana Ruiz', 'North');
const ben = profile('p-ben', 'Ben Okafor');
const a1 = walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'a1', profileId: ana.id });
const a2 = walkthroughAttempt('bob-cancels-typed.json', 'bob', { id: 'a2', profileId: ben.id });

function imported(bundles = [bundleOf(ana, [a1])], base = emptyReviewData(60)) {
  const { state, report } = mergeBundles(base, bundles);
  return { data: withRescored(state, rescoreAttempts(report.newAttemptIds.map((id) => state.attempts[id]!), scenarios)), ids: report.newAttemptIds };
}

describe('review store', () => {
  it('keeps the imported review (trainees, attempts, re-scored results, notes, threshold) across a reload', async () => {
    const { data } = imported();
    data.notes.a1 = { attemptId: 'a1', opportunity: 'Give a callback time', strength: 'Used her name', updatedAt: 3 };
    await saveReview(data, { stamp });
    await closeAppDb();
    const loaded = await loadReview(stamp);
    expect(loaded).toEqual(data);
  });

  it('adds a later import to what is stored without losing it', async () => {
    const first = imported();
    await saveReview(first.data, { stamp });
    const reloaded = await loadReview(stamp);
    const second = imported([bundleOf(ben, [a2]), bundleOf(ana, [a1])], reloaded);
    await saveReview(second.data, { stamp, addedIds: second.ids });
    await closeAppDb();
    const loaded = await loadReview(stamp);
    expect(Object.keys(loaded.attempts).sort()).toEqual(['a1', 'a2']);
    expect(Object.keys(loaded.trainees).sort()).toEqual([ana.id, ben.id]);
    expect(unscoredAttemptIds(loaded)).toEqual([]);
  });

  it('drops re-scored results made by another scorer or scenario edit, so they are re-scored', async () => {
    await saveReview(imported().data, { stamp });
    const loaded = await loadReview('another build');
    expect(Object.keys(loaded.attempts)).toEqual(['a1']);
    expect(unscoredAttemptIds(loaded)).toEqual(['a1']);
  });

  it('saves a note and the threshold on their own, and clears only when asked', async () => {
    await saveReview(imported().data, { stamp });
    await saveAuditNote({ attemptId: 'a1', opportunity: 'x', strength: 'y', opportunityRule: 'callback-time', strengthRule: null, updatedAt: 1 });
    await saveThreshold(85);
    const loaded = await loadReview(stamp);
    expect(loaded.threshold).toBe(85);
    expect(loaded.notes.a1).toMatchObject({ opportunity: 'x', opportunityRule: 'callback-time' });
    await clearReview();
    expect(await loadReview(stamp)).toEqual(emptyReviewData());
  });

  it('skips stored records that no longer parse instead of failing the load', async () => {
    await saveReview(imported().data, { stamp });
    const db = await openAppDb();
    await db.put('reviewAttempts', { id: 'junk', attempt: { id: 'junk' } });
    await db.add('reviewAttemptChunks', { attempts: [{ id: 'junk too' }, null] });
    await db.add('reviewRescoredChunks', { stamp, results: [{ attemptId: 'a1', total: 'nope' }, 7] });
    await db.put('reviewNotes', { attemptId: 'n', opportunity: 5 });
    const loaded = await loadReview(stamp);
    expect(Object.keys(loaded.attempts)).toEqual(['a1']);
    expect(loaded.rescored.a1?.total).toEqual(expect.any(Number));
    expect(loaded.notes).toEqual({});
  });
});

/** A team-sized review: `n` copies of one re-scored attempt under their own ids, spread over two trainees. */
function teamReview(n: number, from = 0): ReviewData {
  const { data } = imported([bundleOf(ana, [a1]), bundleOf(ben, [a2])]);
  const out: ReviewData = { ...data, attempts: {}, rescored: {} };
  for (let i = from; i < from + n; i++) {
    const source = i % 2 === 0 ? 'a1' : 'a2';
    const id = `t-${i}`;
    out.attempts[id] = { ...data.attempts[source]!, id };
    out.rescored[id] = { ...data.rescored[source]!, attemptId: id };
  }
  return out;
}

describe('review store at team scale', () => {
  it('reads back exactly what a save spread over several records wrote, reporting progress as it goes', async () => {
    const data = teamReview(2 * ATTEMPTS_PER_RECORD + 7);
    const progress: [number, number][] = [];
    await saveReview(data, { stamp, onProgress: (done, total) => progress.push([done, total]) });
    await closeAppDb();
    expect(await loadReview(stamp)).toEqual(data);
    const total = Object.keys(data.attempts).length;
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    const db = await openAppDb();
    expect(await db.count('reviewAttemptChunks')).toBe(Math.ceil(total / ATTEMPTS_PER_RECORD));
  });

  it('keeps every earlier import when later ones add to it, and keeps the first copy of an attempt saved twice', async () => {
    const first = teamReview(300);
    await saveReview(first, { stamp });
    const second = teamReview(300, 300);
    const altered = { ...second, attempts: { ...second.attempts, 't-0': { ...first.attempts['t-0']!, mode: 'exam' as const } } };
    await saveReview(altered, { stamp, addedIds: ['t-0', ...Object.keys(second.attempts)] });
    await closeAppDb();
    const loaded = await loadReview(stamp);
    expect(Object.keys(loaded.attempts)).toHaveLength(600);
    expect(loaded.attempts['t-0']).toEqual(first.attempts['t-0']);
    expect(unscoredAttemptIds(loaded)).toEqual([]);
  });

  it('after a re-score with a new stamp, stores the new results once and forgets the old ones without touching the attempts', async () => {
    const data = teamReview(400);
    await saveReview(data, { stamp });
    const reloaded = await loadReview('next build');
    expect(unscoredAttemptIds(reloaded)).toHaveLength(400);
    const rescored = { ...reloaded, rescored: Object.fromEntries(Object.entries(data.rescored).map(([id, r]) => [id, { ...r, total: 1 }])) };
    await saveReview(rescored, { stamp: 'next build', rescoredIds: Object.keys(data.attempts) });
    await closeAppDb();
    const loaded = await loadReview('next build');
    expect(loaded.attempts).toEqual(data.attempts);
    expect(loaded.rescored['t-9']?.total).toBe(1);
    expect(unscoredAttemptIds(loaded)).toEqual([]);
    const db = await openAppDb();
    expect(await db.count('reviewAttemptChunks')).toBe(Math.ceil(400 / ATTEMPTS_PER_RECORD));
    expect(await db.countFromIndex('reviewRescoredChunks', 'byStamp', stamp)).toBe(0);
  });

  it('still reads a review saved one attempt per record by the earlier build', async () => {
    const { data } = imported();
    const db = await openAppDb();
    await db.put('reviewMeta', { threshold: 55, trainees: data.trainees, workbooks: {}, stamp }, 'review');
    await db.put('reviewAttempts', { id: 'a1', attempt: data.attempts.a1, rescored: data.rescored.a1 });
    const loaded = await loadReview(stamp);
    expect(loaded).toEqual({ ...data, threshold: 55 });
  });
});
