import { z } from 'zod';
import type { Lang } from '../scoring/types.ts';
import type { Finding } from './analyze.ts';
import { schemaVersionSchema, type CallerLine, type Scenario, type Step } from './schema.ts';

/**
 * A scenario's text in another language (`scenarios/<id>.<lang>.yaml`). The
 * English file is the one source of structure (steps, branches, labels,
 * moods); a translation holds only words, addressed by the English file's ids,
 * so Spanish is the same call, not a second scenario.
 */

/** Languages a scenario can be translated into (English is the scenario file itself). */
export const TRANSLATION_LANGS = ['es'] as const satisfies readonly Lang[];
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

export function isTranslationLang(value: string): value is TranslationLang {
  return (TRANSLATION_LANGS as readonly string[]).includes(value);
}

const textSchema = z.string().trim().min(1, 'must not be empty');

/** A translated caller line: its words and, when the English line has one, its stage direction. Mood stays in the English file. */
const lineTextSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { text: value } : value),
  z.strictObject({ text: textSchema, direction: textSchema.optional() }),
);
const linesTextSchema = z.array(lineTextSchema);
const repliedSchema = z.strictObject({ reply: linesTextSchema });

export const responseTextSchema = z.strictObject({ text: textSchema, coaching: textSchema });

export const stepTextSchema = z.strictObject({
  caller: linesTextSchema,
  continues: linesTextSchema.optional(),
  /** Keyed by the English response id. */
  responses: z.record(z.string(), responseTextSchema),
  /** Keyed by the rule's position in the English `branches` list (0 is the first); only rules that have a `reply`. */
  branches: z.record(z.string().regex(/^\d+$/, 'must be the rule\'s position in the English list (0, 1, 2...)'), repliedSchema).optional(),
  default: repliedSchema.optional(),
  silence: repliedSchema.optional(),
});

export const endingTextSchema = z.strictObject({
  caller: linesTextSchema.optional(),
  outcome: textSchema,
});

export const scenarioTextSchema = z.strictObject({
  schemaVersion: schemaVersionSchema,
  title: textSchema,
  summary: textSchema,
  persona: z.strictObject({
    name: textSchema,
    /** How an agent addresses the caller in this language ("Sra. Kowal"); the scorer needs it for `use-name`. */
    callerName: textSchema,
    role: textSchema,
    business: textSchema,
    temperament: textSchema,
  }),
  briefing: z.array(textSchema),
  /** Keyed by the English step id. */
  steps: z.record(z.string(), stepTextSchema),
  /** Keyed by the English ending id. */
  endings: z.record(z.string(), endingTextSchema),
});

export type ScenarioText = z.infer<typeof scenarioTextSchema>;
export type StepText = z.infer<typeof stepTextSchema>;
type LineText = z.infer<typeof lineTextSchema>;

/** Every translation of every scenario: scenario id → language → text. */
export type ScenarioTranslations = Record<string, Partial<Record<TranslationLang, ScenarioText>>>;

type Path = (string | number)[];

function compareLines(english: readonly CallerLine[] | undefined, translated: readonly LineText[] | undefined, path: Path, what: string, out: Finding[]): void {
  const want = english?.length ?? 0;
  const got = translated?.length ?? 0;
  if (want !== got) {
    out.push({
      severity: 'error',
      path,
      message:
        want === 0
          ? `the English file has no ${what}; remove these lines`
          : got === 0
            ? `missing: the English file has ${want} ${what} line${want === 1 ? '' : 's'} here`
            : `has ${got} line${got === 1 ? '' : 's'} but the English file has ${want}: translate line for line`,
    });
    return;
  }
  english?.forEach((line, i) => {
    const t = translated![i]!;
    if (line.direction !== undefined && t.direction === undefined) out.push({ severity: 'error', path: [...path, i, 'direction'], message: 'missing: the English line has a stage direction; translate it' });
    if (line.direction === undefined && t.direction !== undefined) out.push({ severity: 'error', path: [...path, i, 'direction'], message: 'the English line has no stage direction; remove it' });
  });
}

function compareStep(step: Step, text: StepText, path: Path, out: Finding[]): void {
  compareLines(step.caller, text.caller, [...path, 'caller'], 'caller', out);
  compareLines(step.continues, text.continues, [...path, 'continues'], '`continues`', out);
  const ids = new Set(step.responses.map((r) => r.id));
  for (const r of step.responses) {
    if (!text.responses[r.id]) out.push({ severity: 'error', path: [...path, 'responses'], message: `missing the translation of response "${r.id}"` });
  }
  for (const id of Object.keys(text.responses)) {
    if (!ids.has(id)) out.push({ severity: 'error', path: [...path, 'responses', id], message: `step "${step.id}" has no response "${id}" in the English file (it has ${[...ids].join(', ')})` });
  }
  const replies = text.branches ?? {};
  step.branches.forEach((b, i) => {
    if (b.reply && !replies[String(i)]) out.push({ severity: 'error', path: [...path, 'branches'], message: `missing the reply of rule ${i} (branches[${i}] in the English file)` });
  });
  for (const [key, value] of Object.entries(replies)) {
    const i = Number(key);
    const branch = step.branches[i];
    if (!branch || !branch.reply) {
      out.push({ severity: 'error', path: [...path, 'branches', i], message: branch ? `rule ${i} has no reply in the English file` : `step "${step.id}" has only ${step.branches.length} rules (0 to ${step.branches.length - 1})` });
      continue;
    }
    compareLines(branch.reply, value.reply, [...path, 'branches', i, 'reply'], 'reply', out);
  }
  compareLines(step.default.reply, text.default?.reply, [...path, 'default', 'reply'], '`default` reply', out);
  compareLines(step.silence?.reply, text.silence?.reply, [...path, 'silence', 'reply'], '`silence` reply', out);
}

/**
 * Checks a translation against its English scenario: every piece of text
 * translated, no id the English file lacks, and as many lines (and stage
 * directions) as the English. Paths point into the translation file.
 */
export function compareTranslation(scenario: Scenario, text: ScenarioText): Finding[] {
  const out: Finding[] = [];
  if (text.briefing.length !== scenario.briefing.length) {
    out.push({ severity: 'error', path: ['briefing'], message: `has ${text.briefing.length} lines but the English file has ${scenario.briefing.length}: translate line for line` });
  }
  const stepIds = new Set(scenario.steps.map((s) => s.id));
  for (const step of scenario.steps) {
    const t = text.steps[step.id];
    if (!t) out.push({ severity: 'error', path: ['steps'], message: `missing the text of step "${step.id}"` });
    else compareStep(step, t, ['steps', step.id], out);
  }
  for (const id of Object.keys(text.steps)) {
    if (!stepIds.has(id)) out.push({ severity: 'error', path: ['steps', id], message: `the English file has no step "${id}"` });
  }
  const endingIds = new Set(scenario.endings.map((e) => e.id));
  for (const ending of scenario.endings) {
    const t = text.endings[ending.id];
    if (!t) out.push({ severity: 'error', path: ['endings'], message: `missing the text of ending "${ending.id}"` });
    else compareLines(ending.caller, t.caller, ['endings', ending.id, 'caller'], 'caller', out);
  }
  for (const id of Object.keys(text.endings)) {
    if (!endingIds.has(id)) out.push({ severity: 'error', path: ['endings', id], message: `the English file has no ending "${id}"` });
  }
  return out;
}

// A missing piece was already reported by compareTranslation (and blocks the build); at run time the English words stand in.
function lines(english: CallerLine[], translated: readonly LineText[] | undefined): CallerLine[] {
  if (!translated || translated.length !== english.length) return english;
  return english.map((line, i) => {
    const t = translated[i]!;
    const out: CallerLine = { ...line, text: t.text };
    if (t.direction !== undefined) out.direction = t.direction;
    return out;
  });
}

function optionalLines(english: CallerLine[] | undefined, translated: readonly LineText[] | undefined): CallerLine[] | undefined {
  return english === undefined ? undefined : lines(english, translated);
}

/**
 * The scenario with its words in another language: the same ids, labels,
 * moods and branches, so a call can switch language without changing state.
 */
export function localizeScenario(scenario: Scenario, text: ScenarioText): Scenario {
  return {
    ...scenario,
    title: text.title,
    summary: text.summary,
    persona: { ...text.persona },
    briefing: text.briefing.length === scenario.briefing.length ? [...text.briefing] : scenario.briefing,
    steps: scenario.steps.map((step) => {
      const t = text.steps[step.id];
      if (!t) return step;
      const out: Step = {
        ...step,
        caller: lines(step.caller, t.caller),
        responses: step.responses.map((r) => {
          const rt = t.responses[r.id];
          return rt ? { ...r, text: rt.text, coaching: rt.coaching } : r;
        }),
        branches: step.branches.map((b, i) => {
          if (!b.reply) return b;
          return { ...b, reply: lines(b.reply, t.branches?.[String(i)]?.reply) };
        }),
        default: { ...step.default },
      };
      const continues = optionalLines(step.continues, t.continues);
      if (continues) out.continues = continues;
      const defaultReply = optionalLines(step.default.reply, t.default?.reply);
      if (defaultReply) out.default.reply = defaultReply;
      if (step.silence) {
        out.silence = { ...step.silence };
        const silenceReply = optionalLines(step.silence.reply, t.silence?.reply);
        if (silenceReply) out.silence.reply = silenceReply;
      }
      return out;
    }),
    endings: scenario.endings.map((e) => {
      const t = text.endings[e.id];
      if (!t) return e;
      const out = { ...e, outcome: t.outcome };
      const caller = optionalLines(e.caller, t.caller);
      if (caller) out.caller = caller;
      return out;
    }),
  };
}

// Keyed by the translation text: it belongs to exactly one scenario and language.
const localized = new WeakMap<ScenarioText, Scenario>();

/**
 * The scenario as played in `lang`: the English scenario itself for English
 * or when no translation exists, else its localized copy (made once).
 */
export function scenarioIn(scenario: Scenario, lang: Lang, translations: ScenarioTranslations): Scenario {
  if (!isTranslationLang(lang)) return scenario;
  const text = translations[scenario.id]?.[lang];
  if (!text) return scenario;
  let out = localized.get(text);
  if (!out) {
    out = localizeScenario(scenario, text);
    localized.set(text, out);
  }
  return out;
}
