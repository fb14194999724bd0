import { describe, expect, it, vi } from 'vitest';
import { loadScenario, readWalkthrough } from '../../../scripts/lib/play-walkthrough.ts';
import { bundleFileName, classroomBundles } from '../../../src/domain/classroom/export.ts';
import { addTrainee, capture, currentCall, nextTurn, replayCall, startCall } from '../../../src/domain/classroom/session.ts';
import { classSummary } from '../../../src/domain/classroom/summary.ts';
import { createProfile } from '../../../src/domain/profiles/profile.ts';
import { resultsBundleSchema } from '../../../src/domain/records/results-bundle.ts';
import { scoreCall } from '../../../src/domain/scenario/score.ts';
import { parseBundleFile } from '../../../src/domain/review/parse.ts';
import { rescoreAttempt } from '../../../src/domain/review/rescore.ts';
import { classWithThree, playClass, T0 } from './helpers.ts';

// Each test replays whole calls through the scorer and the machine; a busy 2-core machine needs more than 5 s.
vi.setConfig({ testTimeout: 30_000 });

const irma = loadScenario('irma');
const finished = () => addTrainee(playClass(irma, classWithThree(irma), readWalkthrough('irma-resolved-typed.json')), createProfile({ name: 'Late Lou' }, T0, 'trainee-lou'), T0 + 1);

describe('class summary', () => {
  it('counts each trainee’s turns, techniques and faults, and the class’s rules, from the same turns', () => {
    const s = finished();
    const summary = classSummary(s, [irma]);
    const turns = replayCall(irma, currentCall(s)!).turns;
    expect(summary.trainees.map((t) => [t.name, t.turns])).toEqual([
      ['Ana', 3],
      ['Ben', 2],
      ['Chloe', 2],
      ['Late Lou', 0],
    ]);
    expect(summary.trainees.reduce((n, t) => n + t.techniqueUses, 0)).toBe(turns.reduce((n, t) => n + t.met.length, 0));
    const ana = summary.trainees[0]!;
    const anaTurns = turns.filter((t) => t.answeredBy === ana.id);
    expect(ana.techniques.toSorted()).toEqual([...new Set(anaTurns.flatMap((t) => t.met))].toSorted());
    for (const rule of summary.rules) expect(rule.used).toBeLessThanOrEqual(rule.expected);
    const { endingId, mood, transcript } = replayCall(irma, currentCall(s)!).context;
    expect(summary.calls).toEqual([{ callId: 'call-1', scenarioId: 'irma', title: irma.title, turns: 7, ending: { id: endingId, result: 'success', score: scoreCall(irma, { transcript, endingId, mood }).total } }]);
  });

  it('puts a faulting rule first for the class', () => {
    let s = classWithThree(irma);
    s = capture(s, irma, { mode: 'typed', text: 'We were short-staffed, it is not our fault.' }, T0 + 1);
    const summary = classSummary(s, [irma]);
    expect(summary.rules[0]!.faults).toBeGreaterThan(0);
    expect(summary.trainees[0]!.faults.length).toBeGreaterThan(0);
  });
});

describe('results bundles', () => {
  it('exports one valid bundle per trainee who answered, each with the whole call naming who answered every turn', () => {
    const s = finished();
    const bundles = classroomBundles(s, [irma], '0.0.0-test', new Date(T0));
    expect(bundles.map((b) => b.trainee.name)).toEqual(['Ana', 'Ben', 'Chloe']);
    const ids = new Set<string>();
    for (const bundle of bundles) {
      expect(resultsBundleSchema.parse(JSON.parse(JSON.stringify(bundle)))).toEqual(bundle);
      expect(bundle.source).toBe('classroom');
      const [attempt] = bundle.attempts;
      expect(bundle.attempts).toHaveLength(1);
      expect(attempt!.profileId).toBe(bundle.trainee.id);
      expect(attempt!.origin).toEqual({ kind: 'classroom', sessionId: 'session-1', trainer: 'Pat Trainer' });
      expect(attempt!.transcript).toHaveLength(7);
      expect(attempt!.transcript.every((t) => s.roster.some((p) => p.id === t.answeredBy))).toBe(true);
      expect(attempt!.transcript.filter((t) => t.answeredBy === bundle.trainee.id).length).toBeGreaterThan(0);
      ids.add(attempt!.id);
    }
    // Distinct ids: a supervisor importing the whole class keeps every trainee's record.
    expect(ids.size).toBe(3);
    expect(bundleFileName(bundles[0]!)).toMatch(/^ana-trainee--\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('the supervisor dashboard reads every bundle and re-scores each attempt exactly as the class saw it', () => {
    let s = classWithThree(irma);
    // A rubric turn and a corrected typed turn first, then the rest of a typed walk-through.
    s = capture(s, irma, { mode: 'rubric', labels: ['use-name', 'probing-question', 'polite-interrupt'] }, T0 + 1);
    s = capture(nextTurn(s, T0 + 2), irma, { mode: 'typed', text: 'So you closed at one on Friday and the message came at 2:15?', added: ['empathize'] }, T0 + 3);
    s = playClass(irma, nextTurn(s, T0 + 4), readWalkthrough('irma-resolved-typed.json').slice(2));
    const bundles = classroomBundles(s, [irma], 'x');
    expect(bundles).toHaveLength(3);
    for (const bundle of bundles) {
      const parsed = parseBundleFile(bundleFileName(bundle), JSON.stringify(bundle));
      expect(parsed.ok).toBe(true);
      const rescored = rescoreAttempt(bundle.attempts[0]!, [irma]);
      expect(rescored.flags).toEqual([]);
      expect(rescored.total).toBe(bundle.attempts[0]!.score.total);
    }
  });

  it('keeps rubric captures and corrections in the exported turns', () => {
    let s = classWithThree(irma);
    s = capture(s, irma, { mode: 'rubric', labels: ['acknowledge'] }, T0 + 1);
    s = { ...s, stage: 'answering' };
    s = capture(s, irma, { mode: 'typed', text: 'I understand, Mrs. Kowal.', added: ['empathize'] }, T0 + 2);
    // Not finished: nothing to export yet.
    expect(classroomBundles(s, [irma], 'x')).toEqual([]);
    s = playClass(irma, { ...s, stage: 'answering' }, readWalkthrough('irma-resolved-typed.json'));
    const [bundle] = classroomBundles(s, [irma], 'x');
    const [first, second] = bundle!.attempts[0]!.transcript;
    expect(first).toMatchObject({ source: 'rubric', text: null, labels: ['acknowledge'] });
    expect(second!.trainerCorrection).toEqual({ added: ['empathize'], removed: [] });
  });

  it('a second call with the same class goes in the same bundles as a second attempt', () => {
    let s = finished();
    s = startCall(s, 'irma', 'call-2', T0 + 10_000_000);
    s = playClass(irma, s, readWalkthrough('irma-gives-up-silent.json'));
    expect(currentCall(s)!.endedAt).not.toBeNull();
    const bundles = classroomBundles(s, [irma], 'x');
    expect(bundles.map((b) => b.attempts.length).reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
  });
});
