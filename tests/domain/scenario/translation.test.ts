import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Finding } from '../../../src/domain/scenario/analyze.ts';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { formatProblem, loadScenarioDir, loadScenarioFile, scenarioFiles } from '../../../src/domain/scenario/load.ts';
import { choiceEvent, localizeLine, localizeTurn, typedEvent } from '../../../src/domain/scenario/localize-call.ts';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';
import { localizeScenario, scenarioIn, type ScenarioText } from '../../../src/domain/scenario/translation.ts';
import { SPANISH } from './late-message-es.ts';

const FIXTURE = 'tests/fixtures/scenarios/late-message.yaml';


/** A folder with the fixture scenario and the given files beside it. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  copyFileSync(FIXTURE, join(dir, 'late-message.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function loadWith(spanish: string, options = {}) {
  const dir = folder({ 'late-message.es.yaml': spanish });
  return { dir, loaded: loadScenarioFile(join(dir, 'late-message.yaml'), options) };
}

const messages = (spanish: string) => {
  const { loaded } = loadWith(spanish);
  return loaded.problems.map((p) => formatProblem(p).replace(/^.*late-message\.es\.yaml/, 'es'));
};

function spanishScenario(): { english: Scenario; spanish: Scenario; text: ScenarioText } {
  const { loaded } = loadWith(SPANISH);
  const text = loaded.translations.es!;
  return { english: loaded.scenario!, spanish: localizeScenario(loaded.scenario!, text), text };
}

describe('scenario translations', () => {
  it('loads a complete translation beside its scenario, and the folder lists only the scenario', () => {
    const { dir, loaded } = loadWith(SPANISH);
    expect(loaded.problems).toEqual([]);
    expect(loaded.translations.es?.title).toBe('El mensaje tardío');
    expect(loaded.translationFiles.es).toBe(join(dir, 'late-message.es.yaml'));
    expect(scenarioFiles(dir)).toEqual([join(dir, 'late-message.yaml')]);
  });

  it('gives the same call in Spanish words: ids, labels, moods and branches unchanged', () => {
    const { english, spanish } = spanishScenario();
    expect(spanish.persona.callerName).toBe('Sra. Jones');
    expect(spanish.steps[0]!.caller[0]).toEqual({ text: '¡Su gente se quedó con mi mensaje urgente dos horas anoche!', mood: english.steps[0]!.caller[0]!.mood, direction: 'habla rápido, sin pausas' });
    expect(spanish.steps[0]!.branches[0]!.reply![0]!.text).toBe('¡No me diga lo que tengo que hacer!');
    expect(spanish.steps[1]!.default.reply![0]!.text).toBe('Eso no es una respuesta.');
    expect(spanish.endings[0]!.outcome).toBe('La Sra. Jones aceptó esperar una llamada a una hora fija.');
    const shape = (s: Scenario) =>
      s.steps.map((st) => ({ id: st.id, expects: st.expects, responses: st.responses.map((r) => [r.id, r.labels]), branches: st.branches.map((b) => [b.when, b.next, b.mood]), lines: st.caller.map((l) => l.mood) }));
    expect(shape(spanish)).toEqual(shape(english));
    expect(spanish.endings.map((e) => [e.id, e.kind])).toEqual(english.endings.map((e) => [e.id, e.kind]));
  });

  it('plays English where no translation exists, and the Spanish copy is made once', () => {
    const { english, text } = spanishScenario();
    const table = { 'late-message': { es: text } };
    expect(scenarioIn(english, 'en', table)).toBe(english);
    expect(scenarioIn(english, 'es', {})).toBe(english);
    expect(scenarioIn(english, 'es', table)).toBe(scenarioIn(english, 'es', table));
    expect(scenarioIn(english, 'es', table).title).toBe('El mensaje tardío');
  });

  it.each([
    ['a missing response', (s: string) => s.replace(/ {6}stop-talking:\n.*\n.*\n/, ''), 'es:21: steps.rant.responses: missing the translation of response "stop-talking"'],
    ['a response the English file lacks', (s: string) => s.replace('      we-never:', '      we-nevr:'), 'es:28: steps.rant.responses.we-nevr: step "rant" has no response "we-nevr" in the English file (it has interrupt-and-ask, stop-talking, we-never)'],
    ['a step the English file lacks', (s: string) => s.replace('  pause:', '  paws:'), 'es:38: steps.paws: the English file has no step "paws"'],
    ['a missing ending', (s: string) => s.replace(/ {2}escalated:\n.*\n/, ''), 'es:67: endings: missing the text of ending "escalated"'],
    ['one line too many', (s: string) => s.replace('      - Tengo pacientes', '      - Una más.\n      - Tengo pacientes'), 'es:18: steps.rant.continues: has 3 lines but the English file has 2: translate line for line'],
    ['a missing stage direction', (s: string) => s.replace('        direction: habla rápido, sin pausas\n', ''), 'es:16: steps.rant.caller[0].direction: missing: the English line has a stage direction; translate it'],
    ['a reply for a rule that has none', (s: string) => s.replace('    branches:\n      0:', '    branches:\n      1:'), 'es:32: steps.rant.branches[1]: rule 1 has no reply in the English file'],
    ['a missing briefing line', (s: string) => s.replace(/ {2}- El registro de anoche.*\n/, ''), 'es:10: briefing: has 1 lines but the English file has 2: translate line for line'],
    ['an unknown field', (s: string) => s.replace('    outcome: La Sra. Jones colgó después de hablarle', '    mood: 10\n    outcome: La Sra. Jones colgó después de hablarle'), 'es:77: endings.caller-gives-up: unknown field "mood" (check the spelling against scenarios/README.md)'],
    ['an empty text', (s: string) => s.replace('text: Cálmese y déjeme hablar.', 'text: ""'), 'es:26: steps.rant.responses.stop-talking.text: must not be empty'],
    ['a translation written for a newer app', (s: string) => s.replace('schemaVersion: 1', 'schemaVersion: 2'), 'es:1: schemaVersion: schemaVersion 2 is newer than this app reads (1); update the app'],
  ])('reports %s with the file, line and field', (_, edit, message) => {
    expect(messages(edit(SPANISH))).toContain(message);
  });

  it('keeps an incomplete translation out of the app', () => {
    const { loaded } = loadWith(SPANISH.replace('  pause:', '  paws:'));
    expect(loaded.scenario).not.toBeNull();
    expect(loaded.translations.es).toBeUndefined();
  });

  it('reports a translation with no scenario beside it, or in a language the app does not play', () => {
    const dir = folder({ 'late-message.fr.yaml': SPANISH, 'lost.es.yaml': SPANISH });
    const problems = loadScenarioDir(dir).flatMap((l) => l.problems.map(formatProblem));
    expect(problems).toContain(`${join(dir, 'lost.es.yaml')}: (file): a translation of "lost", but there is no lost.yaml beside it`);
    expect(problems.some((p) => p.startsWith(join(dir, 'late-message.fr.yaml')) && p.includes('"fr" is not a language the app plays'))).toBe(true);
  });

  it('points a label disagreement on a translated response at its text in the translation', () => {
    const check = (localized: Scenario): Finding[] =>
      localized.steps[1]!.responses[1]!.text === 'Anoche estábamos saturados.' ? [{ severity: 'error', path: ['steps', 1, 'responses', 1, 'labels'], message: 'response "excuse" declares [excuse] but the es scorer finds []' }] : [];
    const { loaded } = loadWith(SPANISH, { checkTranslationLabels: check });
    expect(loaded.problems.map(formatProblem).map((m) => m.replace(/^.*late-message\.es\.yaml/, 'es'))).toEqual(['es:46: steps.pause.responses.excuse.text: response "excuse" declares [excuse] but the es scorer finds []']);
    // A label disagreement does not keep the words out of the app.
    expect(loaded.translations.es).toBeDefined();
  });
});

describe('a call shown in another language', () => {
  it('keeps its state language-free: lines, picked answers and coaching follow the language, typed words stay as typed', () => {
    const { english, spanish } = spanishScenario();
    const actor = createActor(compileScenario(english)).start();
    const opening = actor.getSnapshot().context.pending;
    expect(opening.map((l) => localizeLine(spanish, l).text)).toEqual(['¡Su gente se quedó con mi mensaje urgente dos horas anoche!']);
    actor.send({ type: 'trainee.staySilent' });
    expect(localizeLine(spanish, actor.getSnapshot().context.pending[0]!).text).toBe('Y es la tercera vez este mes, y nadie me regresa la llamada.');
    const rude = english.steps[0]!.responses.find((r) => r.id === 'stop-talking')!;
    actor.send(choiceEvent(english, rude, 'en'));
    // The rule's reply, then the same step again: the Spanish reply is looked up by its address.
    expect(actor.getSnapshot().context.pending.map((l) => localizeLine(spanish, l).text)).toEqual(['¡No me diga lo que tengo que hacer!']);
    actor.send(typedEvent(english, 'Sorry to interrupt, Mrs. Jones. When did the message come in?', 'en'));

    const [silent, picked, typed] = actor.getSnapshot().context.transcript.map((t) => localizeTurn(t, spanish, 'es'));
    expect(silent!.callerLines.map((l) => l.text)).toEqual(['¡Su gente se quedó con mi mensaje urgente dos horas anoche!']);
    expect(picked).toMatchObject({ text: 'Cálmese y déjeme hablar.', coaching: 'Ordenarle cómo sentirse la enoja más; interrumpa con cortesía.', labels: ['condescending'] });
    expect(typed!.text).toBe('Sorry to interrupt, Mrs. Jones. When did the message come in?');
    expect(actor.getSnapshot().context.stepId).toBe('facts');
  });

  it('branches a picked answer on its declared labels, whatever the language', () => {
    const { english, spanish } = spanishScenario();
    const route = (s: Scenario) => {
      const actor = createActor(compileScenario(english)).start();
      actor.send(choiceEvent(s, s.steps[0]!.responses.find((r) => r.id === 'interrupt-and-ask')!, s === spanish ? 'es' : 'en'));
      return [actor.getSnapshot().context.stepId, actor.getSnapshot().context.mood, actor.getSnapshot().context.transcript[0]!.labels];
    };
    expect(route(spanish)).toEqual(route(english));
  });
});
