/**
 * Plays a call headlessly, for authors and tests.
 *
 *   npm run --silent play -- SCENARIO_ID FILE [--dir DIR] [--lang en|es]     (DIR default: scenarios/)
 *
 * FILE is a JSON array of trainee turns: {"say": "typed text"},
 * {"choose": "response-id"} or {"silent": true}. Prints one JSON object:
 * the ending, outcome, score and, per turn, the caller step, the labels found
 * and the caller's mood after it. With `--lang es` the call is played in the
 * scenario's Spanish translation: typed words are scored as Spanish and the
 * outcome is printed in Spanish. Exit status: 0 played, 1 turns left over
 * after the call ended, 2 bad arguments, scenario or turns file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { z } from 'zod';
import { compileScenario } from '../src/domain/scenario/compile.ts';
import { formatProblem, loadScenarioFile } from '../src/domain/scenario/load.ts';
import { choiceEvent, typedEvent } from '../src/domain/scenario/localize-call.ts';
import { scoreCall } from '../src/domain/scenario/score.ts';
import { isTranslationLang, localizeScenario } from '../src/domain/scenario/translation.ts';
import { loadScorerLanguage } from '../src/domain/scoring/load-language.ts';
import type { Lang } from '../src/domain/scoring/types.ts';

const turnSchema = z.union([
  z.strictObject({ say: z.string() }),
  z.strictObject({ choose: z.string().min(1) }),
  z.strictObject({ silent: z.literal(true) }),
]);
const turnsSchema = z.array(turnSchema);

function fail(message: string): never {
  process.stderr.write(`play: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? { at, value: args[at + 1] } : null;
};
const dirOpt = option('--dir');
const langOpt = option('--lang');
const dir = dirOpt ? dirOpt.value : 'scenarios';
const langArg = langOpt ? langOpt.value : 'en';
const taken = new Set([dirOpt, langOpt].flatMap((o) => (o ? [o.at, o.at + 1] : [])));
const positional = args.filter((_, i) => !taken.has(i));
const [scenarioId, turnsFile] = positional;
if (!scenarioId || !turnsFile || dir === undefined || langArg === undefined) fail('usage: npm run --silent play -- SCENARIO_ID FILE [--dir DIR] [--lang en|es]');
if (langArg !== 'en' && !isTranslationLang(langArg)) fail(`--lang takes en or es, not "${langArg}"`);
const lang: Lang = langArg;

const file = [join(dir, `${scenarioId}.yaml`), join(dir, `${scenarioId}.yml`)].find((f) => existsSync(f));
if (!file) fail(`no scenario "${scenarioId}" in ${dir}/ (expected ${join(dir, `${scenarioId}.yaml`)})`);
const loaded = loadScenarioFile(file);
for (const p of loaded.problems.filter((p) => p.severity === 'error')) process.stderr.write(`${formatProblem(p)}\n`);
const scenario = loaded.scenario;
if (!scenario) fail(`${file} has errors; run npm run scenarios:check`);
// The call's structure is the English file's; the words (and the caller's name the scorer looks for) are the language's.
let local = scenario;
if (lang !== 'en') {
  const text = loaded.translations[lang];
  if (!text) fail(`scenario "${scenarioId}" has no complete ${lang} translation (${join(dir, `${scenarioId}.${lang}.yaml`)}); run npm run scenarios:check`);
  local = localizeScenario(scenario, text);
  try {
    await loadScorerLanguage(lang);
  } catch {
    process.stderr.write(`play: no ${lang} scorer could be loaded; typed words are read with the English rules\n`);
  }
}

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(turnsFile, 'utf8'));
} catch (err) {
  fail(`cannot read ${turnsFile}: ${(err as Error).message}`);
}
const parsedTurns = turnsSchema.safeParse(raw);
if (!parsedTurns.success) {
  const lines = parsedTurns.error.issues.map((i) => `${turnsFile}: ${i.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('') || '(file)'}: ${i.message}`);
  fail(`bad turns file; each turn is {"say": "..."}, {"choose": "response-id"} or {"silent": true}\n${lines.join('\n')}`);
}

const actor = createActor(compileScenario(scenario)).start();
let leftOver = 0;
parsedTurns.data.forEach((turn, i) => {
  const snap = actor.getSnapshot();
  if (snap.status === 'done') {
    leftOver++;
    return;
  }
  if ('silent' in turn) {
    actor.send({ type: 'trainee.staySilent' });
  } else if ('say' in turn) {
    actor.send(typedEvent(local, turn.say, lang));
  } else {
    const step = local.steps.find((s) => s.id === snap.context.stepId)!;
    const response = step.responses.find((r) => r.id === turn.choose);
    if (!response) fail(`turn ${i + 1}: step "${step.id}" has no response "${turn.choose}" (it has ${step.responses.map((r) => r.id).join(', ')})`);
    actor.send(choiceEvent(local, response, lang));
  }
});

const { context, status } = actor.getSnapshot();
const ending = status === 'done' ? local.endings.find((e) => e.id === context.endingId) : undefined;
const result = scoreCall(scenario, { transcript: context.transcript, endingId: ending?.id ?? null, mood: context.mood });
const output = {
  scenario: scenario.id,
  lang,
  ending: ending?.id ?? null,
  kind: ending?.kind ?? null,
  outcome: ending?.outcome ?? null,
  score: result.total,
  scoreParts: Object.fromEntries(result.parts.map((p) => [p.id, p.points])),
  mood: context.mood,
  turns: context.transcript.map((t) => ({
    step: t.stepId,
    source: t.source,
    ...(t.responseId !== undefined ? { responseId: t.responseId } : {}),
    labels: t.labels,
    faults: t.faults,
    mood: t.moodAfter,
  })),
};
process.stdout.write(JSON.stringify(output) + '\n');
if (leftOver > 0) {
  process.stderr.write(`play: ${leftOver} turn${leftOver === 1 ? '' : 's'} left over after the call ended at "${ending?.id}"\n`);
  process.exitCode = 1;
}
