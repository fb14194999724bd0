import { scenarioSchema, type Scenario } from '../../../src/domain/scenario/schema.ts';

type Input = Record<string, unknown>;

/** Three plain responses; the scorer finds no label in any of them. */
export function plainResponses(prefix = 'r'): Input[] {
  return [1, 2, 3].map((n) => ({ id: `${prefix}${n}`, text: `Okay number ${n}.`, labels: [], coaching: 'Note.' }));
}

/** A step with the given id and overrides, valid by itself. */
export function buildStep(id: string, overrides: Input = {}): Input {
  return { id, caller: [`Line of ${id}.`], responses: plainResponses(), default: { next: 'done' }, ...overrides };
}

/**
 * A valid two-step scenario (ask -> close -> done) unless overridden; steps and
 * endings replace the defaults wholesale.
 */
export function buildScenarioInput(overrides: Input = {}): Input {
  return {
    schemaVersion: 1,
    id: 'test-call',
    title: 'Test call',
    summary: 'A call for tests.',
    persona: { name: 'Irma Jones', callerName: 'Mrs. Jones', role: 'Manager', business: 'Dental', temperament: 'Talkative.' },
    briefing: ['Account 1.'],
    factsClear: false,
    mood: { start: 50 },
    silence: { limit: 2, ending: 'hung-up' },
    steps: [buildStep('ask', { default: { next: 'close' } }), buildStep('close')],
    endings: [
      { id: 'done', kind: 'resolved', outcome: 'Resolved.' },
      { id: 'hung-up', kind: 'caller-disconnects', outcome: 'Hung up.' },
    ],
    ...overrides,
  };
}

/** A validated scenario from `buildScenarioInput(overrides)`; throws if the overrides break the schema. */
export function buildScenario(overrides: Input = {}): Scenario {
  return scenarioSchema.parse(buildScenarioInput(overrides));
}
