import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/domain/scenario/compile.ts';
import { modelAnswers, scoreCall } from '../../../src/domain/scenario/score.ts';
import type { LabelId } from '../../../src/domain/scoring/labels.ts';
import { buildScenario, buildStep } from './builders.ts';

function buildTurn(overrides: Partial<Turn> & { stepId: string }): Turn {
  return {
    turn: 1,
    callerLines: [],
    source: 'typed',
    text: 'x',
    labels: [],
    evidence: [],
    met: [],
    missed: [],
    faults: [],
    moodBefore: 50,
    moodAfter: 50,
    next: 'done',
    ...overrides,
  };
}

const scenario = buildScenario({
  steps: [
    buildStep('ask', { expects: ['polite-interrupt', 'probing-question'], default: { next: 'close' } }),
    buildStep('close', { expects: ['summarize', 'written-confirmation'] }),
  ],
  endings: [
    { id: 'done', kind: 'resolved', outcome: 'Resolved.' },
    { id: 'half', kind: 'escalated', result: 'partial', outcome: 'Escalated late.' },
    { id: 'hung-up', kind: 'caller-disconnects', outcome: 'Hung up.' },
  ],
});

const points = (s: ReturnType<typeof scoreCall>) => Object.fromEntries(s.parts.map((p) => [p.id, p.points]));

describe('the call score', () => {
  it('gives full marks for every expected technique, a calm caller and a resolution', () => {
    const transcript = [
      buildTurn({ stepId: 'ask', labels: ['polite-interrupt', 'probing-question'] }),
      buildTurn({ stepId: 'close', labels: ['summarize', 'written-confirmation'] }),
    ];
    const result = scoreCall(scenario, { transcript, endingId: 'done', mood: 100 });
    expect(points(result)).toEqual({ techniques: 50, mood: 20, outcome: 30, faults: 0 });
    expect(result.total).toBe(100);
  });

  it('counts a technique used on any turn of a step once, and steps never reached not at all', () => {
    const transcript = [
      buildTurn({ stepId: 'ask', source: 'silent', text: null }),
      buildTurn({ stepId: 'ask', labels: ['probing-question'] }),
      buildTurn({ stepId: 'ask', labels: ['probing-question'] }),
    ];
    const result = scoreCall(scenario, { transcript, endingId: 'hung-up', mood: 40 });
    expect(result.parts.find((p) => p.id === 'techniques')).toMatchObject({ points: 25, detail: { expected: 2, used: 1 } });
    expect(points(result)).toEqual({ techniques: 25, mood: 8, outcome: 0, faults: 0 });
    expect(result.total).toBe(33);
  });

  it.each<[string, number, number]>([
    ['one fault', 1, -10],
    ['three faults', 3, -30],
    ['more faults than the cap', 7, -50],
  ])('takes 10 points per fault, capped at 50: %s', (_, count, penalty) => {
    const faults: LabelId[] = Array.from({ length: count }, () => 'excuse');
    const result = scoreCall(scenario, { transcript: [buildTurn({ stepId: 'ask', labels: ['excuse'], faults })], endingId: 'half', mood: 50 });
    expect(points(result).faults).toBe(penalty);
    expect(result.rules.find((r) => r.label === 'excuse')).toMatchObject({ faultTurns: count, points: penalty });
  });

  it('never goes below 0, and an unfinished call earns no outcome points', () => {
    const faults: LabelId[] = ['hostile', 'condescending', 'defensive', 'excuse', 'we-never', 'jargon'];
    const result = scoreCall(scenario, { transcript: [buildTurn({ stepId: 'ask', labels: faults, faults })], endingId: null, mood: 0 });
    expect(points(result).outcome).toBe(0);
    expect(result.total).toBe(0);
  });

  it('explains the score per rule', () => {
    const transcript = [buildTurn({ stepId: 'ask', labels: ['probing-question', 'excuse'], faults: ['excuse'] }), buildTurn({ stepId: 'close', labels: ['summarize'] })];
    const result = scoreCall(scenario, { transcript, endingId: 'done', mood: 60 });
    expect(result.rules).toEqual([
      { label: 'excuse', expectedOn: 0, usedOn: 0, faultTurns: 1, points: -10 },
      { label: 'polite-interrupt', expectedOn: 1, usedOn: 0, faultTurns: 0, points: 0 },
      { label: 'probing-question', expectedOn: 1, usedOn: 1, faultTurns: 0, points: 12.5 },
      { label: 'summarize', expectedOn: 1, usedOn: 1, faultTurns: 0, points: 12.5 },
      { label: 'written-confirmation', expectedOn: 1, usedOn: 0, faultTurns: 0, points: 0 },
    ]);
    expect(result.total).toBe(25 + 12 + 30 - 10);
  });
});

describe('model answers', () => {
  it('uses the response marked as the model, else the best-rated one', () => {
    const marked = buildScenario({
      steps: [
        buildStep('ask', {
          expects: ['probing-question'],
          responses: [
            { id: 'weak', text: 'Okay.', labels: [], coaching: 'x' },
            { id: 'good', text: 'When did it happen?', labels: ['probing-question'], coaching: 'x' },
            { id: 'chosen', text: 'When was it?', labels: ['probing-question'], coaching: 'x', model: true },
          ],
        }),
        buildStep('close', {
          expects: ['summarize'],
          responses: [
            { id: 'excuse', text: 'We were busy.', labels: ['excuse', 'summarize'], coaching: 'x' },
            { id: 'plain', text: 'Okay.', labels: [], coaching: 'x' },
            { id: 'recap', text: 'To recap.', labels: ['summarize'], coaching: 'x' },
          ],
        }),
      ],
    });
    const answers = modelAnswers(marked);
    expect(answers.ask?.id).toBe('chosen');
    expect(answers.close?.id).toBe('recap');
  });
});
