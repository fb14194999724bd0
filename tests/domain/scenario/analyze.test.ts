import { describe, expect, it } from 'vitest';
import { analyzeScenario, type Finding } from '../../../src/domain/scenario/analyze.ts';
import { checkDeclaredLabels } from '../../../src/domain/scenario/check-labels.ts';
import { formatPath } from '../../../src/domain/scenario/load.ts';
import { buildScenario, buildStep } from './builders.ts';

function errors(findings: Finding[]): string[] {
  return findings.filter((f) => f.severity === 'error').map((f) => `${formatPath(f.path)}: ${f.message}`);
}

describe('analysing a scenario', () => {
  it('finds nothing wrong with a well-formed call', () => {
    expect(errors(analyzeScenario(buildScenario()))).toEqual([]);
  });

  it('reports a step nobody can reach', () => {
    const scenario = buildScenario({ steps: [buildStep('ask'), buildStep('orphan')] });
    expect(errors(analyzeScenario(scenario))).toEqual(['steps[1].id: step "orphan" can never be reached from the start ("ask")']);
  });

  it('reports a loop whose only way out is the silence limit', () => {
    const scenario = buildScenario({
      steps: [buildStep('ask', { default: { next: 'loop-a' } }), buildStep('loop-a', { default: { next: 'loop-b' } }), buildStep('loop-b', { default: { next: 'loop-a' } })],
      endings: [
        { id: 'done', kind: 'resolved', outcome: 'Resolved.' },
        { id: 'hung-up', kind: 'caller-disconnects', outcome: 'Hung up.' },
      ],
    });
    const found = errors(analyzeScenario(scenario));
    expect(found).toContain('steps[1].id: loop without an exit: steps "loop-b", "loop-a" never lead to an ending (except by running out the silence limit)');
    expect(found).toContain('endings[0].id: ending "done" can never be reached');
  });

  it('accepts a loop that has an exit', () => {
    const scenario = buildScenario({
      steps: [
        buildStep('ask', {
          branches: [{ when: { any: ['probing-question'] }, next: 'done' }],
          default: { next: 'ask', mood: -5 },
          responses: [
            { id: 'good', text: 'When did this happen?', labels: ['probing-question'], coaching: 'Good.' },
            { id: 'bad', text: 'Okay.', labels: [], coaching: 'Bad.' },
            { id: 'worse', text: 'Okay then.', labels: [], coaching: 'Bad.' },
          ],
        }),
      ],
    });
    expect(errors(analyzeScenario(scenario))).toEqual([]);
  });

  it('reports ids that point nowhere and ids used twice', () => {
    const scenario = buildScenario({
      start: 'nowhere',
      silence: { limit: 2, ending: 'ask' },
      steps: [buildStep('ask', { branches: [{ when: { any: ['thank'] }, next: 'missing' }], silence: { next: 'lost' } }), buildStep('done')],
    });
    expect(errors(analyzeScenario(scenario))).toEqual([
      'endings[0].id: duplicate id "done" (already used by steps[1]); steps and endings share one set of ids',
      'start: no step has the id "nowhere" (steps: ask, done; endings: done, hung-up)',
      'silence.ending: no ending has the id "ask" (endings: done, hung-up)',
      'steps[0].branches[0].next: no step or ending has the id "missing" (steps: ask, done; endings: done, hung-up)',
      'steps[0].silence.next: no step or ending has the id "lost" (steps: ask, done; endings: done, hung-up)',
    ]);
  });

  it('reports a rule that earlier rules always catch first', () => {
    const scenario = buildScenario({
      steps: [
        buildStep('ask', {
          branches: [
            { when: { any: ['thank', 'empathize'] }, next: 'done' },
            { when: { all: ['thank'] }, next: 'hung-up' },
          ],
        }),
      ],
    });
    expect(errors(analyzeScenario(scenario))).toContain('steps[0].branches[1]: this rule can never be taken: earlier rules match every answer it matches');
  });

  it('reports an ending that only typing can reach, and one that only choices can reach', () => {
    const reachedByTyping = buildScenario({
      steps: [buildStep('ask', { branches: [{ when: { all: ['boundary'] }, next: 'cut-off' }] })],
      endings: [
        { id: 'done', kind: 'resolved', outcome: 'Resolved.' },
        { id: 'hung-up', kind: 'caller-disconnects', outcome: 'Hung up.' },
        { id: 'cut-off', kind: 'agent-disconnects', outcome: 'Disconnected.' },
      ],
    });
    expect(errors(analyzeScenario(reachedByTyping))).toEqual(['endings[2].id: ending "cut-off" cannot be reached by picking authored responses (only by typing)']);
  });

  it('reports labels worth what the rulebook does not allow', () => {
    const scenario = buildScenario({
      steps: [buildStep('ask', { expects: ['excuse', 'admit-fault', 'thank'], punishes: ['thank'] })],
    });
    expect(errors(analyzeScenario(scenario))).toEqual([
      'steps[0].expects[0]: "excuse" is a fault everywhere (rulebook); a step cannot expect it',
      'steps[0].expects[1]: "admit-fault" is expected only where the error is clear; set factsClear: true on the scenario or this step',
      'steps[0].expects[2]: "thank" is both expected and punished on this step',
    ]);
  });

  it('warns when a step has no good answer to pick', () => {
    const scenario = buildScenario({ steps: [buildStep('ask', { expects: ['probing-question'] })] });
    const warnings = analyzeScenario(scenario).filter((f) => f.severity === 'warning');
    expect(warnings.map((w) => w.message)).toContain('no response is fault-free and uses everything the step expects (probing-question)');
  });
});

describe('checking declared labels against the scorer', () => {
  it('prints exactly which labels differ for each response', () => {
    const scenario = buildScenario({
      steps: [
        buildStep('ask', {
          responses: [
            { id: 'agree', text: 'When did this happen?', labels: ['probing-question'], coaching: 'x' },
            { id: 'short', text: 'When did this happen, Mrs. Jones?', labels: ['probing-question'], coaching: 'x' },
            { id: 'over', text: 'Okay.', labels: ['thank'], coaching: 'x' },
          ],
        }),
      ],
    });
    // A stand-in scorer keeps this test about the comparison, not about the detectors.
    const scorer = ({ text, callerName }: { text: string; callerName?: string }) => ({
      labels: [...(text.includes('When') ? (['probing-question'] as const) : []), ...(callerName && text.includes(callerName) ? (['use-name'] as const) : [])],
      evidence: [],
    });
    expect(errors(checkDeclaredLabels(scenario, scorer))).toEqual([
      'steps[0].responses[1].labels: response "short" declares [probing-question] but the scorer finds [probing-question, use-name]: scorer also finds use-name',
      'steps[0].responses[2].labels: response "over" declares [thank] but the scorer finds []: scorer does not find thank',
    ]);
  });
});
