import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { loadScenarioFile } from '../../../src/domain/scenario/load.ts';
import { stepWorth } from '../../../src/domain/scenario/rules.ts';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';
import { buildScenario, buildStep } from './builders.ts';

function fixture(): Scenario {
  const loaded = loadScenarioFile('tests/fixtures/scenarios/late-message.yaml');
  if (!loaded.scenario) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return loaded.scenario;
}

function startCall(scenario = fixture()) {
  return createActor(compileScenario(scenario)).start();
}

const say = (text: string) => ({ type: 'trainee.respond', text, source: 'typed' }) as const;
const silent = { type: 'trainee.staySilent' } as const;
const pendingText = (actor: ReturnType<typeof startCall>) => actor.getSnapshot().context.pending.map((l) => l.text);

describe('a compiled call', () => {
  it('opens on the first step with the caller speaking and the starting mood', () => {
    const actor = startCall();
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('rant');
    expect(context.mood).toBe(30);
    expect(pendingText(actor)).toEqual(['Your people sat on my urgent message for two hours last night!']);
  });

  it('lets a caller keep talking while the trainee waits, at a cost in mood, then moves on', () => {
    const actor = startCall();
    actor.send(silent);
    expect(actor.getSnapshot().value).toBe('rant');
    expect(pendingText(actor)).toEqual(['And this is the third time this month, and nobody ever calls me back.']);
    actor.send(silent);
    expect(pendingText(actor)).toEqual(['I have patients waiting and I cannot run an office like this.']);
    actor.send(silent);
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('pause');
    expect(context.mood).toBe(15);
    expect(pendingText(actor)).toEqual(['Well? Are you going to say anything at all?', 'So what are you going to do about it?']);
    expect(context.transcript.map((t) => [t.source, t.moodAfter])).toEqual([
      ['silent', 25],
      ['silent', 20],
      ['silent', 15],
    ]);
  });

  it('ends the call when the trainee stays silent past the limit', () => {
    const actor = startCall();
    for (let i = 0; i < 4; i++) actor.send(silent);
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.value).toBe('caller-gives-up');
    expect(snap.context.endingId).toBe('caller-gives-up');
    expect(snap.context.transcript.at(-1)?.next).toBe('caller-gives-up');
  });

  it('branches a typed answer on the labels the scorer finds, and records them with evidence', () => {
    const actor = startCall();
    actor.send(say("I'm sorry to interrupt, Mrs. Jones. When did the message come in?"));
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('facts');
    expect(context.mood).toBe(45);
    const turn = context.transcript[0]!;
    expect(turn).toMatchObject({ stepId: 'rant', source: 'typed', met: ['polite-interrupt', 'probing-question'], missed: [], faults: [], moodBefore: 30, moodAfter: 45, next: 'facts' });
    expect(turn.labels).toEqual(expect.arrayContaining(['use-name', 'probing-question', 'polite-interrupt']));
    expect(turn.evidence.map((e) => e.label)).toEqual(expect.arrayContaining(['polite-interrupt']));
    expect(turn.callerLines.map((l) => l.text)).toEqual(['Your people sat on my urgent message for two hours last night!']);
  });

  it('makes a rudely interrupted caller angrier without repeating her opening', () => {
    const actor = startCall();
    actor.send(say('Calm down and let me talk.'));
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('rant');
    expect(context.mood).toBe(15);
    expect(context.transcript[0]?.faults).toEqual(['condescending']);
    expect(pendingText(actor)).toEqual(["Don't you tell me what to do!"]);
  });

  it('treats a picked response like typed text and attaches its coaching note', () => {
    const actor = startCall();
    actor.send({ type: 'trainee.respond', text: 'We never lose messages.', source: 'choice', responseId: 'we-never' });
    const turn = actor.getSnapshot().context.transcript[0]!;
    expect(turn).toMatchObject({ source: 'choice', responseId: 'we-never', labels: ['we-never'], faults: ['we-never'], next: 'pause' });
    expect(turn.coaching).toMatch(/We never/);
    expect(actor.getSnapshot().value).toBe('pause');
  });

  it('reaches a resolved ending with the caller\'s last words', () => {
    const actor = startCall();
    actor.send(say("I'm sorry to interrupt, Mrs. Jones. When did the message come in?"));
    actor.send(say("Let me research this, and I'll call you back by 3 p.m. today."));
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.endingId).toBe('resolved');
    expect(snap.context.mood).toBe(65);
    expect(pendingText(actor)).toEqual(["Fine. I'll expect your call by three."]);
  });

  it('restarts the call from the beginning', () => {
    const actor = startCall();
    actor.send(say('Calm down and let me talk.'));
    actor.send(silent);
    actor.send({ type: 'call.restart' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('rant');
    expect(context).toMatchObject({ mood: 30, silenceCount: 0, continued: 0, transcript: [], endingId: null });
    expect(pendingText(actor)).toEqual(['Your people sat on my urgent message for two hours last night!']);
  });

  it('keeps the mood on the 0-100 meter', () => {
    const scenario = buildScenario({
      mood: { start: 95 },
      steps: [buildStep('ask', { default: { next: 'ask', mood: 30 }, branches: [{ when: { any: ['thank'] }, next: 'done' }] })],
    });
    const actor = startCall(scenario);
    actor.send(say('Okay.'));
    expect(actor.getSnapshot().context.mood).toBe(100);
  });

  it('counts a step\'s punished labels as faults on that step only', () => {
    const scenario = buildScenario({
      steps: [buildStep('ask', { punishes: ['offer-transfer'], default: { next: 'close' } }), buildStep('close')],
    });
    const actor = startCall(scenario);
    const transfer = "I'll transfer you to our Director of Customer Service right away.";
    actor.send(say(transfer));
    actor.send(say(transfer));
    const [first, second] = actor.getSnapshot().context.transcript;
    expect(first?.labels).toContain('offer-transfer');
    expect(first?.faults).toEqual(['offer-transfer']);
    expect(second?.faults).toEqual([]);
  });
});

describe('what a label is worth on a step', () => {
  it('makes admitting fault a fault until the facts are clear', () => {
    const notIn = buildScenario({ factsClear: false });
    const clear = buildScenario({ factsClear: true, steps: [buildStep('ask', { expects: ['admit-fault'] })] });
    expect(stepWorth(notIn, notIn.steps[0]!).faults).toContain('admit-fault');
    expect(stepWorth(clear, clear.steps[0]!)).toMatchObject({ expects: ['admit-fault'] });
    expect(stepWorth(clear, clear.steps[0]!).faults).not.toContain('admit-fault');
  });

  it('lets one step override the scenario\'s facts', () => {
    const scenario = buildScenario({ factsClear: false, steps: [buildStep('ask', { factsClear: true })] });
    expect(stepWorth(scenario, scenario.steps[0]!).faults).not.toContain('admit-fault');
  });
});
