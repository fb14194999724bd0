import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { z } from 'zod';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { loadScenarioFile } from '../../../src/domain/scenario/load.ts';
import { choiceEvent, typedEvent } from '../../../src/domain/scenario/localize-call.ts';
import { scoreCall } from '../../../src/domain/scenario/score.ts';
import { localizeScenario, type TranslationLang } from '../../../src/domain/scenario/translation.ts';
import { loadScorerLanguage } from '../../../src/domain/scoring/load-language.ts';
import type { Lang } from '../../../src/domain/scoring/types.ts';

// Scripted calls through the course scenarios (Yarn Spinner's test plans):
// each turns file is exactly what `npm run play` reads, and
// expectations.json beside them says where each call must end. Calls typed
// in Spanish live in es/ and are played in the scenario's Spanish text.
const DIR = 'tests/fixtures/walkthroughs';
const LANG_DIRS: { lang: Lang; dir: string }[] = [
  { lang: 'en', dir: DIR },
  { lang: 'es', dir: join(DIR, 'es') },
];

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

const suites = LANG_DIRS.map(({ lang, dir }) => ({
  lang,
  dir,
  expectations: expectationsSchema.parse(JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8'))),
  turnFiles: readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expectations.json'),
}));

await loadScorerLanguage('es');

/** Plays a turns file through the compiled scenario, the way the call screen would, in the language of its folder. */
function play(scenarioId: string, dir: string, file: string, lang: Lang) {
  const loaded = loadScenarioFile(join('scenarios', `${scenarioId}.yaml`));
  const scenario = loaded.scenario;
  if (!scenario) throw new Error(`scenarios/${scenarioId}.yaml does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  const text = lang === 'en' ? undefined : loaded.translations[lang as TranslationLang];
  if (lang !== 'en' && !text) throw new Error(`scenarios/${scenarioId}.${lang}.yaml is missing or incomplete`);
  const local = text ? localizeScenario(scenario, text) : scenario;
  const turns = turnsSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const actor = createActor(compileScenario(scenario)).start();
  let leftOver = 0;
  for (const turn of turns) {
    const snap = actor.getSnapshot();
    if (snap.status === 'done') {
      leftOver++;
      continue;
    }
    if ('silent' in turn) actor.send({ type: 'trainee.staySilent' });
    else if ('say' in turn) actor.send(typedEvent(local, turn.say, lang));
    else {
      const step = local.steps.find((s) => s.id === snap.context.stepId)!;
      const response = step.responses.find((r) => r.id === turn.choose);
      if (!response) throw new Error(`${file}: step "${step.id}" has no response "${turn.choose}"`);
      actor.send(choiceEvent(local, response, lang));
    }
  }
  const { context, status } = actor.getSnapshot();
  const route = context.transcript.map((t) => t.stepId).join(' > ');
  const result = scoreCall(scenario, { transcript: context.transcript, endingId: status === 'done' ? context.endingId : null, mood: context.mood });
  return { ending: status === 'done' ? context.endingId : null, score: result.total, leftOver, route };
}

describe.each(suites)('scripted walk-throughs of the course scenarios ($lang)', ({ lang, dir, expectations, turnFiles }) => {
  it('has an expectation for every turns file and a turns file for every expectation', () => {
    expect([...turnFiles].sort()).toEqual(Object.keys(expectations).sort());
  });

  // The first file also warms up the scorer, which takes seconds on a busy machine.
  it.each(Object.entries(expectations))('%s ends where it should', { timeout: 30_000 }, (file, want) => {
    const got = play(want.scenario, dir, file, lang);
    expect({ ending: got.ending, leftOver: got.leftOver }, `route: ${got.route}`).toEqual({ ending: want.ending, leftOver: 0 });
    if (want.minScore !== undefined) expect(got.score, `route: ${got.route}`).toBeGreaterThanOrEqual(want.minScore);
    if (want.maxScore !== undefined) expect(got.score, `route: ${got.route}`).toBeLessThanOrEqual(want.maxScore);
  });
});
