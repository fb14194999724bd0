import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { loadScenario, readWalkthrough } from '../../../scripts/lib/play-walkthrough.ts';
import {
  addTrainee,
  capture,
  correctLastAnswer,
  currentCall,
  nextTrainee,
  nextTurn,
  parseSession,
  removeTrainee,
  replayCall,
  SessionError,
  setDraft,
  setHotSeat,
  setTrainer,
  timerMs,
  toggleFeedback,
  togglePause,
} from '../../../src/domain/classroom/session.ts';
import { createProfile } from '../../../src/domain/profiles/profile.ts';
import { compileScenario, type CallEvent } from '../../../src/domain/scenario/compile.ts';
import { choiceEvent, typedEvent } from '../../../src/domain/scenario/localize-call.ts';
import { score } from '../../../src/domain/scoring/scorer.ts';
import { classWithThree, inputFor, playClass, T0 } from './helpers.ts';

// Each test replays whole calls through the scorer and the machine; a busy 2-core machine needs more than 5 s.
vi.setConfig({ testTimeout: 30_000 });

const irma = loadScenario('irma');
const names = (s: ReturnType<typeof classWithThree>, ids: (string | null)[]) => ids.map((id) => s.roster.find((p) => p.id === id)?.name ?? null);

describe('roster and hot seat', () => {
  it('hands each caller turn to the next trainee in rotation, wrapping round', () => {
    const turns = readWalkthrough('irma-resolved-choices.json');
    const s = playClass(irma, classWithThree(irma), turns);
    const answeredBy = currentCall(s)!.answers.map((a) => a.answeredBy);
    expect(names(s, answeredBy).slice(0, 5)).toEqual(['Ana', 'Ben', 'Chloe', 'Ana', 'Ben']);
  });

  it('lets the trainer pick who answers, and the rotation carries on from whoever answered', () => {
    let s = classWithThree(irma);
    const chloe = s.roster[2]!.id;
    s = setHotSeat(s, chloe, T0 + 1);
    s = capture(s, irma, { mode: 'silent' }, T0 + 2);
    s = nextTurn(s, T0 + 3);
    expect(names(s, [s.hotSeat])).toEqual(['Ana']);
    expect(() => setHotSeat(s, 'nobody', T0 + 4)).toThrow(SessionError);
  });

  it('passes the hot seat on without an answer, and a removed trainee hands it to the next', () => {
    let s = classWithThree(irma);
    s = nextTrainee(s, T0 + 1);
    expect(names(s, [s.hotSeat])).toEqual(['Ben']);
    s = removeTrainee(s, s.hotSeat!, T0 + 2);
    expect(names(s, [s.hotSeat])).toEqual(['Chloe']);
    expect(s.roster.map((p) => p.name)).toEqual(['Ana', 'Chloe']);
  });

  it('gives the hot seat to the first trainee entered', () => {
    const s = classWithThree(irma);
    expect(names(s, [s.hotSeat])).toEqual(['Ana']);
  });
});

describe('capturing what the hot seat said', () => {
  const text = 'Mrs. Kowal, I am so sorry this happened. We were short-staffed that night.';

  it('typed words are scored with the product scorer, and the trainer’s corrections are applied and recorded', () => {
    const found = score({ text, callerName: irma.persona.callerName });
    expect(found.labels).toContain('excuse');
    let s = classWithThree(irma);
    s = capture(s, irma, { mode: 'typed', text, added: ['probing-question'], removed: ['excuse'] }, T0 + 1);
    const answer = currentCall(s)!.answers[0]!;
    expect(answer.source).toBe('typed');
    expect(answer.text).toBe(text);
    expect(answer.labels).toContain('probing-question');
    expect(answer.labels).not.toContain('excuse');
    expect(answer.evidence.some((e) => e.label === 'excuse')).toBe(false);
    expect(answer.correction).toEqual({ added: ['probing-question'], removed: ['excuse'] });
    const turn = replayCall(irma, currentCall(s)!).turns[0]!;
    expect(turn.trainerCorrection).toEqual({ added: ['probing-question'], removed: ['excuse'] });
    expect(turn.faults).not.toContain('excuse');
  });

  it('a correction that changes nothing is not recorded as one', () => {
    const s = capture(classWithThree(irma), irma, { mode: 'typed', text, added: ['excuse'], removed: ['thank'] }, T0 + 1);
    expect(currentCall(s)!.answers[0]!.correction).toBeUndefined();
  });

  it('picking the closest authored response records its words and its declared labels, as solo play does', () => {
    const step = irma.steps.find((st) => st.id === replayCall(irma, { answers: [] }).context.stepId)!;
    const response = step.responses[0]!;
    const s = capture(classWithThree(irma), irma, { mode: 'choice', responseId: response.id }, T0 + 1);
    const answer = currentCall(s)!.answers[0]!;
    expect(answer).toMatchObject({ source: 'choice', text: response.text, responseId: response.id });
    expect(answer.labels.toSorted()).toEqual([...response.labels].toSorted());
    expect(() => capture(classWithThree(irma), irma, { mode: 'choice', responseId: 'no-such-response' }, T0)).toThrow(SessionError);
  });

  it('ticking rubric labels records them with no words', () => {
    const s = capture(classWithThree(irma), irma, { mode: 'rubric', labels: ['use-name', 'probing-question'] }, T0 + 1);
    const turn = replayCall(irma, currentCall(s)!).turns[0]!;
    expect(turn).toMatchObject({ source: 'rubric', text: null, labels: ['use-name', 'probing-question'], answeredBy: s.roster[0]!.id });
  });

  it('refuses an empty typed answer, a second answer before the next turn, and any answer while paused', () => {
    const s = classWithThree(irma);
    expect(() => capture(s, irma, { mode: 'typed', text: '   ' }, T0)).toThrow(expect.objectContaining({ problem: 'empty-answer' }));
    const answered = capture(s, irma, { mode: 'silent' }, T0 + 1);
    expect(() => capture(answered, irma, { mode: 'silent' }, T0 + 2)).toThrow(expect.objectContaining({ problem: 'not-answering' }));
    expect(() => capture(togglePause(s, T0 + 1), irma, { mode: 'silent' }, T0 + 2)).toThrow(expect.objectContaining({ problem: 'paused' }));
  });
});

describe('correcting the answer under discussion', () => {
  it('re-branches the call exactly as if the answer had been captured with the corrected labels', () => {
    const words = 'Mrs. Kowal, sorry to interrupt - I really want to help. Can I ask you a few questions? When did this start?';
    const answered = capture(classWithThree(irma), irma, { mode: 'typed', text: words }, T0 + 1);
    const corrected = correctLastAnswer(answered, irma, { added: ['excuse'], removed: ['probing-question'] }, T0 + 2);
    const direct = capture(classWithThree(irma), irma, { mode: 'typed', text: words, added: ['excuse'], removed: ['probing-question'] }, T0 + 1);
    expect(currentCall(corrected)!.answers).toEqual(currentCall(direct)!.answers);
    expect(replayCall(irma, currentCall(corrected)!).context).toEqual(replayCall(irma, currentCall(direct)!).context);
    expect(corrected.stage).toBe('discussing');
    // Undoing the correction brings back the scorer's labels and no correction record.
    const undone = correctLastAnswer(corrected, irma, { added: [], removed: [] }, T0 + 3);
    expect(currentCall(undone)!.answers).toEqual(currentCall(answered)!.answers);
  });

  it('corrects a picked response and a rubric answer, and refuses a silence', () => {
    const step = irma.steps[0]!;
    const picked = capture(classWithThree(irma), irma, { mode: 'choice', responseId: step.responses[0]!.id }, T0 + 1);
    const dropped = step.responses[0]!.labels[0]!;
    const fixed = correctLastAnswer(picked, irma, { added: [], removed: [dropped] }, T0 + 2);
    expect(currentCall(fixed)!.answers[0]!.labels).not.toContain(dropped);
    expect(currentCall(fixed)!.answers[0]!.correction).toEqual({ added: [], removed: [dropped] });
    const ticked = capture(classWithThree(irma), irma, { mode: 'rubric', labels: ['acknowledge'] }, T0 + 1);
    expect(currentCall(correctLastAnswer(ticked, irma, { added: ['empathize'], removed: ['acknowledge'] }, T0 + 2))!.answers[0]!.labels).toEqual(['empathize']);
    const silent = capture(classWithThree(irma), irma, { mode: 'silent' }, T0 + 1);
    expect(() => correctLastAnswer(silent, irma, { added: ['thank'], removed: [] }, T0 + 2)).toThrow(expect.objectContaining({ problem: 'silent-answer' }));
  });
});

/** Plays a walk-through solo, with the events the call screen sends. */
function soloPlay(scenarioId: string, file: string) {
  const scenario = loadScenario(scenarioId);
  const actor = createActor(compileScenario(scenario)).start();
  for (const turn of readWalkthrough(file)) {
    if (actor.getSnapshot().status !== 'active') break;
    let event: CallEvent;
    if ('silent' in turn) event = { type: 'trainee.staySilent' };
    else if ('say' in turn) event = typedEvent(scenario, turn.say, 'en');
    else {
      const step = scenario.steps.find((st) => st.id === actor.getSnapshot().context.stepId)!;
      event = choiceEvent(scenario, step.responses.find((x) => x.id === turn.choose)!, 'en');
    }
    actor.send(event);
  }
  return actor.getSnapshot().context;
}

describe('branching is exactly as in solo play', () => {
  const files = readdirSync('tests/fixtures/walkthroughs').filter((f) => f.endsWith('.json') && f !== 'expectations.json');
  it.each(files)('%s reaches the same steps, moods and ending', (file) => {
    const scenarioId = file.replace(/-(resolved|cancels|escalated|partial|callback|hung|policy|gives|hangs|transferred).*$/, '');
    const scenario = loadScenario(scenarioId);
    const solo = soloPlay(scenarioId, file);
    const s = playClass(scenario, classWithThree(scenario), readWalkthrough(file));
    const replay = replayCall(scenario, currentCall(s)!);
    expect(replay.context.endingId).toBe(solo.endingId);
    expect(replay.context.mood).toBe(solo.mood);
    expect(replay.turns.map((t) => [t.stepId, t.next, t.moodAfter, t.labels])).toEqual(solo.transcript.map((t) => [t.stepId, t.next, t.moodAfter, t.labels]));
    expect(currentCall(s)!.endedAt).not.toBeNull();
  });

  it('rubric labels branch like words carrying the same labels', () => {
    const words = 'Mrs. Kowal, sorry to interrupt - I really want to help. Can I ask you a few questions? When did this start?';
    const labels = score({ text: words, callerName: irma.persona.callerName }).labels;
    const typed = replayCall(irma, currentCall(capture(classWithThree(irma), irma, { mode: 'typed', text: words }, T0))!);
    const ticked = replayCall(irma, currentCall(capture(classWithThree(irma), irma, { mode: 'rubric', labels }, T0))!);
    expect(ticked.context.stepId).toBe(typed.context.stepId);
    expect(ticked.context.mood).toBe(typed.context.mood);
  });
});

describe('discussion: timer, pause, reveal', () => {
  it('the per-turn timer runs, freezes while paused, and restarts for the next turn', () => {
    let s = classWithThree(irma);
    expect(timerMs(s.timer, T0 + 5_000)).toBe(5_000);
    s = togglePause(s, T0 + 5_000);
    expect(timerMs(s.timer, T0 + 60_000)).toBe(5_000);
    s = togglePause(s, T0 + 60_000);
    expect(timerMs(s.timer, T0 + 62_000)).toBe(7_000);
    s = capture(s, irma, { mode: 'silent' }, T0 + 62_000);
    s = nextTurn(s, T0 + 70_000);
    expect(timerMs(s.timer, T0 + 71_000)).toBe(1_000);
  });

  it('feedback can be revealed only once an answer is in, and the next turn hides it again', () => {
    let s = classWithThree(irma);
    expect(() => toggleFeedback(s, T0)).toThrow(SessionError);
    s = toggleFeedback(capture(s, irma, { mode: 'silent' }, T0 + 1), T0 + 2);
    expect(s.feedbackShown).toBe(true);
    s = nextTurn(s, T0 + 3);
    expect(s.feedbackShown).toBe(false);
    expect(s.stage).toBe('answering');
  });
});

describe('persistence', () => {
  it('a stored session reads back identical and resumes the call where it was, draft included', () => {
    let s = playClass(irma, classWithThree(irma), readWalkthrough('irma-resolved-typed.json').slice(0, 3));
    s = setDraft(s, 'half a sentence the trainer was typ', T0 + 999);
    const read = parseSession(JSON.stringify(s));
    expect(read).toEqual({ ok: true, session: s });
    if (!read.ok) return;
    expect(replayCall(irma, currentCall(read.session)!).context).toEqual(replayCall(irma, currentCall(s)!).context);
    expect(read.session.draft).toBe('half a sentence the trainer was typ');
  });

  it('refuses a damaged session and names the field', () => {
    const s = classWithThree(irma);
    expect(parseSession('{not json')).toEqual({ ok: false, problem: 'not JSON' });
    const bad = parseSession(JSON.stringify({ ...s, roster: [{ ...s.roster[0], name: '' }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toMatch(/^roster\.0\.name:/);
  });

  it('keeps the trainer’s name trimmed, and forgets it when cleared', () => {
    const s = setTrainer(classWithThree(irma), '  Dana Cruz ', T0);
    expect(s.trainer).toBe('Dana Cruz');
    expect('trainer' in setTrainer(s, '   ', T0)).toBe(false);
  });

  it('a trainee added mid-session joins the rotation', () => {
    let s = classWithThree(irma);
    s = addTrainee(s, createProfile({ name: 'Dev' }, T0, 'trainee-dev'), T0 + 1);
    for (let i = 0; i < 3; i++) s = nextTrainee(s, T0 + 2 + i);
    expect(names(s, [s.hotSeat])).toEqual(['Dev']);
    expect(inputFor({ silent: true })).toEqual({ mode: 'silent' });
  });
});
