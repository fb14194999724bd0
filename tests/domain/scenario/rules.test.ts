import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { loadScenarioDir } from '../../../src/domain/scenario/load.ts';
import { routeSilence, type SilenceState } from '../../../src/domain/scenario/rules.ts';
import { startStepId } from '../../../src/domain/scenario/schema.ts';

const scenarios = loadScenarioDir('scenarios').flatMap((l) => (l.scenario ? [l.scenario] : []));

describe('routeSilence (used by re-scoring and the dashboard bench)', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('follows the compiled %s call through silence after silence to its silence ending', (_id, scenario) => {
    const actor = createActor(compileScenario(scenario)).start();
    let stepId = startStepId(scenario);
    let state: SilenceState = { silenceCount: 0, continued: 0 };
    for (let turn = 0; turn <= scenario.silence.limit + 20 && actor.getSnapshot().status !== 'done'; turn++) {
      const step = scenario.steps.find((s) => s.id === stepId)!;
      const route = routeSilence(scenario, step, state);
      actor.send({ type: 'trainee.staySilent' });
      const snapshot = actor.getSnapshot();
      expect(snapshot.status === 'done' ? snapshot.context.endingId : snapshot.value).toBe(route.next);
      if (route.next !== stepId) state = { silenceCount: route.state.silenceCount, continued: 0 };
      else state = route.state;
      stepId = route.next;
    }
    expect(actor.getSnapshot().status).toBe('done');
    expect(stepId).toBe(scenario.silence.ending);
  });
});
