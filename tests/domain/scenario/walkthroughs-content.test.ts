import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { z } from 'zod';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { loadScenarioFile } from '../../../src/domain/scenario/load.ts';
import { scoreCall } from '../../../src/domain/scenario/score.ts';

// Scripted calls through the course scenarios (Yarn Spinner's test plans):
// each turns file is exactly what `npm run play` reads, and
// expectations.json beside them says where each call must end.
const DIR = 'tests/fixtures/walkthroughs';

const turnsSchema = z.array(
  z.union([
    z.strictObject({ say: z.string() }),
    z.strictObject({ choose: z.string().min(1) }),
    z.strictObject({ silent: z.literal(true) }),
  ]),
);
const expectationsSchema = z.record(
  z.string(),
  z.strictObject({
    scenario: z.string(),
    ending: z.string(),
    minScore: z.number().optional(),
    maxScore: z.number().optional(),
  }),
);

const expectations = expectationsSchema.parse(JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')));
const turnFiles = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'expectations.json');

/** Plays a turns file through the compiled scenario, the way the call screen would. */
function play(scenarioId: string, file: string) {
  const loaded = loadScenarioFile(join('scenarios', `${scenarioId}.yaml`));
  const scenario = loaded.scenario;
  if (!scenario) throw new Error(`scenarios/${scenarioId}.yaml does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  const turns = turnsSchema.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  const actor = createActor(compileScenario(scenario)).start();
  let leftOver = 0;
  for (const turn of turns) {
    const snap = actor.getSnapshot();
    if (snap.status === 'done') {
      leftOver++;
      continue;
    }
    if ('silent' in turn) actor.send({ type: 'trainee.staySilent' });
    else if ('say' in turn) actor.send({ type: 'trainee.respond', text: turn.say, source: 'typed' });
    else {
      const step = scenario.steps.find((s) => s.id === snap.context.stepId)!;
      const response = step.responses.find((r) => r.id === turn.choose);
      if (!response) throw new Error(`${file}: step "${step.id}" has no response "${turn.choose}"`);
      actor.send({ type: 'trainee.respond', text: response.text, source: 'choice', responseId: response.id });
    }
  }
  const { context, status } = actor.getSnapshot();
  const route = context.transcript.map((t) => t.stepId).join(' > ');
  const result = scoreCall(scenario, { transcript: context.transcript, endingId: status === 'done' ? context.endingId : null, mood: context.mood });
  return { ending: status === 'done' ? context.endingId : null, score: result.total, leftOver, route };
}

describe('scripted walk-throughs of the course scenarios', () => {
  it('has an expectation for every turns file and a turns file for every expectation', () => {
    expect([...turnFiles].sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(Object.entries(expectations))('%s ends where it should', (file, want) => {
    const got = play(want.scenario, file);
    expect({ ending: got.ending, leftOver: got.leftOver }, `route: ${got.route}`).toEqual({ ending: want.ending, leftOver: 0 });
    if (want.minScore !== undefined) expect(got.score, `route: ${got.route}`).toBeGreaterThanOrEqual(want.minScore);
    if (want.maxScore !== undefined) expect(got.score, `route: ${got.route}`).toBeLessThanOrEqual(want.maxScore);
  });
});
