import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { attemptSchema, bestScores, buildAttempt, inputMix, newAttemptId, scenarioVersion, type Attempt } from '../../../src/domain/records/attempt.ts';
import { difficultyOf, initialsOf, moodBand, trainedLabels } from '../../../src/domain/records/scenario-card.ts';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { scoreCall } from '../../../src/domain/scenario/score.ts';
import { loadScenarioFile } from '../../../src/domain/scenario/load.ts';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';

// Loading a scenario and the scorer takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

function irma(): Scenario {
  const loaded = loadScenarioFile('scenarios/irma.yaml');
  if (!loaded.scenario) throw new Error('scenarios/irma.yaml does not load');
  return loaded.scenario;
}

function finishedCall(scenario: Scenario) {
  const actor = createActor(compileScenario(scenario)).start();
  const step = scenario.steps[0]!;
  actor.send({ type: 'trainee.respond', text: step.responses[0]!.text, source: 'choice', responseId: step.responses[0]!.id });
  actor.send({ type: 'trainee.respond', text: 'Relax, lady, it is not our fault.', source: 'typed' });
  while (actor.getSnapshot().status !== 'done') actor.send({ type: 'trainee.staySilent' });
  const { transcript, endingId, mood } = actor.getSnapshot().context;
  return { transcript, endingId: endingId!, mood, score: scoreCall(scenario, { transcript, endingId, mood }) };
}

function buildRecord(overrides: Partial<Attempt> = {}): Attempt {
  const scenario = irma();
  return { ...buildAttempt(scenario, { id: 'a1', profileId: 'p1', mode: 'coaching', startedAt: 1, endedAt: 2, ...finishedCall(scenario) }), ...overrides };
}

describe('attempt records', () => {
  it('records a finished call with its input mix, ending, outcome and a scenario fingerprint', () => {
    const a = buildRecord();
    expect(a.inputMix.choices).toBe(1);
    expect(a.inputMix.typed).toBe(1);
    expect(a.inputMix.silent).toBeGreaterThan(0);
    expect(a.scenarioVersion).toMatch(/^[0-9a-f]{8}$/);
    expect(irma().endings.map((e) => e.id)).toContain(a.endingId);
    expect(a.transcript[1]!.labels.length).toBeGreaterThan(0);
    expect(attemptSchema.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
  });

  it('refuses an ending the scenario does not have', () => {
    const scenario = irma();
    expect(() => buildAttempt(scenario, { id: 'a', profileId: 'p', mode: 'exam', startedAt: 1, endedAt: 2, ...finishedCall(scenario), endingId: 'nope' })).toThrow(/no ending "nope"/);
  });

  it('changes the fingerprint when the scenario text changes', () => {
    const s = irma();
    expect(scenarioVersion(s)).toBe(scenarioVersion(structuredClone(s)));
    expect(scenarioVersion({ ...s, title: `${s.title}!` })).not.toBe(scenarioVersion(s));
  });

  it('makes attempt ids from random bytes, without needing a secure context', () => {
    expect(newAttemptId((b) => b.fill(171))).toBe('abababab-abab-abab-abab-abababababab');
    expect(newAttemptId()).not.toBe(newAttemptId());
  });

  it('counts choices, typed answers and silences', () => {
    expect(inputMix([{ source: 'choice' }, { source: 'typed' }, { source: 'typed' }, { source: 'silent' }])).toEqual({ choices: 1, typed: 2, silent: 1 });
  });

  it('keeps the best score per scenario for one trainee only', () => {
    const base = buildRecord();
    const at = (id: string, profileId: string, scenarioId: string, total: number, endedAt: number): Attempt => ({ ...base, id, profileId, scenarioId, endedAt, score: { ...base.score, total } });
    const records = bestScores([at('1', 'p1', 'irma', 40, 10), at('2', 'p1', 'irma', 75, 20), at('3', 'p1', 'irma', 60, 30), at('4', 'p2', 'irma', 99, 40), at('5', 'p1', 'bob', 10, 5)], 'p1');
    expect(records).toEqual({ irma: { best: 75, attempts: 3, lastAt: 30 }, bob: { best: 10, attempts: 1, lastAt: 5 } });
  });
});

describe('scenario cards', () => {
  it.each([
    [10, 3, 'hard'],
    [35, 2, 'hard'],
    [30, 3, 'medium'],
    [40, 3, 'easy'],
  ] as const)('a caller starting at mood %i with %i silences allowed is %s', (start, limit, level) => {
    const s = irma();
    expect(difficultyOf({ ...s, mood: { start }, silence: { ...s.silence, limit } })).toBe(level);
  });

  it('lists what a call trains, most asked-for first', () => {
    const s = irma();
    const [a, b, c] = s.steps;
    const steps = [
      { ...a!, expects: ['empathize' as const] },
      { ...b!, expects: ['thank' as const, 'summarize' as const] },
      { ...c!, expects: ['summarize' as const] },
    ];
    expect(trainedLabels({ ...s, steps })).toEqual(['summarize', 'empathize', 'thank']);
  });

  it.each([
    [0, 'furious'],
    [14, 'furious'],
    [15, 'angry'],
    [35, 'upset'],
    [50, 'uneasy'],
    [70, 'calmer'],
    [100, 'calm'],
  ] as const)('mood %i reads as %s', (mood, band) => {
    expect(moodBand(mood)).toBe(band);
  });

  it.each([
    ['Irma Kowal', 'IK'],
    ['Dr. Hal R. Whitman', 'HW'],
    ['Dr.', 'D'],
    ['Bob', 'B'],
    ['  ', ''],
  ])('initials of %j are %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
