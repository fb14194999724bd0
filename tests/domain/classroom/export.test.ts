import { describe, expect, it, vi } from 'vitest';
import { loadScenario, readWalkthrough } from '../../../scripts/lib/play-walkthrough.ts';
import { bundleFileName, classroomBundles, exportContents } from '../../../src/domain/classroom/export.ts';
import { addTrainee, capture, currentCall, nextTurn, replayCall, startCall } from '../../../src/domain/classroom/session.ts';
import { classSummary } from '../../../src/domain/classroom/summary.ts';
import { createProfile } from '../../../src/domain/profiles/profile.ts';
import { resultsBundleSchema } from '../../../src/domain/records/results-bundle.ts';
import { scoreCall } from '../../../src/domain/scenario/score.ts';
import { parseBundleFile } from '../../../src/domain/review/parse.ts';
import { rescoreAttempt } from '../../../src/domain/review/rescore.ts';
import { mergeBundles } from '../../../src/domain/review/merge.ts';
import { emptyReviewData } from '../../../src/domain/review/types.ts';
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
    // Not finished yet: the call so far, marked as such.
    expect(classroomBundles(s, [irma], 'x').map((b) => b.attempts.map((a) => a.unfinished !== undefined))).toEqual([[true]]);
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

  describe('a class that ends mid-call', () => {
    const midCall = () => {
      // Two whole turns and a third answer under discussion, of a call that goes on.
      const s = playClass(irma, classWithThree(irma), readWalkthrough('irma-resolved-typed.json').slice(0, 3));
      expect(currentCall(s)!.endedAt).toBeNull();
      return s;
    };

    it('exports the call in progress for everyone who answered, marked as not finished, with no ending and no outcome points', () => {
      const s = midCall();
      const exportedAt = new Date(T0 + 3_600_000);
      const bundles = classroomBundles(s, [irma], '0.0.0-test', exportedAt);
      expect(bundles.map((b) => b.trainee.name)).toEqual(['Ana', 'Ben', 'Chloe']);
      const replay = replayCall(irma, currentCall(s)!);
      for (const bundle of bundles) {
        const [attempt] = bundle.attempts;
        expect(bundle.attempts).toHaveLength(1);
        expect(attempt).toMatchObject({ unfinished: { stepId: replay.context.stepId }, endingId: null, outcome: null, endedAt: exportedAt.getTime() });
        expect(attempt!.transcript).toHaveLength(3);
        expect(attempt!.score.parts.find((p) => p.id === 'outcome')!.points).toBe(0);
        expect(attempt!.score.total).toBe(scoreCall(irma, { transcript: replay.context.transcript, endingId: null, mood: replay.context.mood }).total);
      }
    });

    it('imports on the supervisor’s dashboard and re-scores to the same total without a flag', () => {
      for (const bundle of classroomBundles(midCall(), [irma], '0.0.0-test', new Date(T0 + 1))) {
        const parsed = parseBundleFile(bundleFileName(bundle), JSON.stringify(bundle));
        if (!parsed.ok || parsed.kind !== 'results') throw new Error(JSON.stringify(parsed));
        const attempt = parsed.bundle.attempts[0]!;
        const rescored = rescoreAttempt(attempt, [irma]);
        expect(rescored.flags).toEqual([]);
        expect(rescored.endingId).toBeNull();
        expect(rescored.total).toBe(attempt.score.total);
      }
    });

    it('the finished call, exported after a mid-call export, still imports as a new call next to the unfinished one', () => {
      const early = classroomBundles(midCall(), [irma], 'x', new Date(T0 + 1));
      const late = classroomBundles(playClass(irma, midCall(), readWalkthrough('irma-resolved-typed.json').slice(3)), [irma], 'x', new Date(T0 + 2));
      expect(late.flatMap((b) => b.attempts).every((a) => a.unfinished === undefined)).toBe(true);
      const first = mergeBundles(emptyReviewData(), early);
      const second = mergeBundles(first.state, late);
      expect(second.report).toMatchObject({ added: 3, duplicates: 0 });
      // Exporting again at the same point adds nothing twice.
      expect(mergeBundles(first.state, early).report).toMatchObject({ added: 0, duplicates: 3 });
    });

    it('flags an "unfinished" call whose transcript in fact reaches an ending, and refuses one that claims both', () => {
      const [bundle] = classroomBundles(finished(), [irma], 'x', new Date(T0 + 1));
      const done = bundle!.attempts[0]!;
      const claimsUnfinished = { ...done, endingId: null, outcome: null, unfinished: { stepId: done.transcript.at(-1)!.stepId } };
      expect(rescoreAttempt(claimsUnfinished, [irma]).misfit?.reason).toBe('wrong-ending');
      const file = JSON.stringify({ ...bundle, attempts: [{ ...done, unfinished: { stepId: 'greet' } }] });
      expect(parseBundleFile('both.json', file)).toMatchObject({ ok: false, problem: { code: 'invalid', path: 'attempts[0].endingId' } });
    });

    it('says beforehand what the export holds', () => {
      expect(exportContents(classWithThree(irma))).toEqual({ trainees: 0, finishedCalls: 0, unfinishedCalls: 0 });
      expect(exportContents(midCall())).toEqual({ trainees: 3, finishedCalls: 0, unfinishedCalls: 1 });
      const s = startCall(finished(), 'irma', 'call-2', T0 + 10_000_000);
      expect(exportContents(s)).toEqual({ trainees: 3, finishedCalls: 1, unfinishedCalls: 0 });
      const answered = capture(s, irma, { mode: 'silent' }, T0 + 10_000_001);
      expect(exportContents(answered)).toEqual({ trainees: 3, finishedCalls: 1, unfinishedCalls: 1 });
    });
  });
});
