import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { analyzeScenario, type Finding, type Severity } from './analyze.ts';
import { SCHEMA_VERSION, scenarioSchema, type Scenario } from './schema.ts';
import { compareTranslation, isTranslationLang, localizeScenario, scenarioTextSchema, TRANSLATION_LANGS, type ScenarioText, type TranslationLang } from './translation.ts';

/** A problem in a scenario file, located for the author. */
export interface ScenarioProblem {
  severity: Severity;
  file: string;
  /** 1-based line, or null when the problem has no place in the file. */
  line: number | null;
  /** Field path such as `steps[2].branches[0].next`. */
  path: string;
  message: string;
}

export interface LoadedScenario {
  file: string;
  /** The validated scenario, or null when the file has errors that stop it playing (all but label mismatches). */
  scenario: Scenario | null;
  /** Problems of the scenario file and of its translations (each names its own file). */
  problems: ScenarioProblem[];
  /** Its translations beside it (`<id>.<lang>.yaml`) that passed every check but the label check. */
  translations: Partial<Record<TranslationLang, ScenarioText>>;
  /** The translation files found beside it, by language, even those with errors. */
  translationFiles: Partial<Record<TranslationLang, string>>;
}

export interface LoadOptions {
  /**
   * Also compare each response's declared labels with the scorer
   * (`checkDeclaredLabels`; scenarios:check passes it). Passed in so the app
   * build, which loads scenarios too, does not depend on the scorer.
   */
  checkLabels?: (scenario: Scenario) => Finding[];
  /** The workbook's section ids; when given, each step's `workbookSection` must be one of them. */
  workbookSections?: readonly string[];
  /**
   * The same label check for a translation: receives the scenario with the
   * translated words (English paths), and the language to score it in.
   */
  checkTranslationLabels?: (localized: Scenario, lang: TranslationLang) => Finding[];
}

/** Renders a field path the way authors read it: `steps[2].responses[0].labels`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out === '' ? '(file)' : out;
}

/** One line of the `file:line: path: message` report. */
export function formatProblem(p: ScenarioProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** The line of the deepest node in the document that a path reaches (a missing key points at its parent). */
function lineOf(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const prefix = path.slice(0, n);
    const node = n === 0 ? doc.contents : doc.getIn(prefix, true);
    if (node === undefined || node === null) continue;
    // Point at the key of a mapping entry rather than its value when the value is a collection.
    if (n > 0 && (isMap(node) || isSeq(node))) {
      const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === path[n - 1]);
        if (pair && isScalar(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
      }
    }
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return counter.linePos(range[0]).line;
  }
  return null;
}

/**
 * A file written for a newer app is refused outright (its other fields may
 * mean things this code does not know): the problem to report, or null.
 */
function newerVersion(data: unknown, file: string, doc: Document, counter: LineCounter): ScenarioProblem | null {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number' || version <= SCHEMA_VERSION) return null;
  const message = `schemaVersion ${version} is newer than this app reads (${SCHEMA_VERSION}); update the app`;
  return { severity: 'error', file, line: lineOf(doc, counter, ['schemaVersion']), path: 'schemaVersion', message };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `is required (${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against scenarios/README.md)`;
  return issue.message;
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

interface ParsedYaml {
  doc: Document;
  counter: LineCounter;
  problems: ScenarioProblem[];
}

function parseYaml(source: string, file: string): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const problems: ScenarioProblem[] = [];
  for (const e of doc.errors) problems.push({ severity: 'error', file, line: counter.linePos(e.pos[0]).line, path: '(yaml)', message: e.message.split('\n')[0]! });
  for (const w of doc.warnings) problems.push({ severity: 'warning', file, line: counter.linePos(w.pos[0]).line, path: '(yaml)', message: w.message.split('\n')[0]! });
  return { doc, counter, problems };
}

function schemaProblems(error: z.ZodError, file: string, doc: Document, counter: LineCounter, numericAfter?: string): ScenarioProblem[] {
  return error.issues.map((issue) => {
    let path = toPath(issue.path);
    // Branch rules are keyed by position in a translation; YAML keeps them as numbers, so look them up as numbers.
    if (numericAfter) path = path.map((k, i) => (i > 0 && path[i - 1] === numericAfter && typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : k));
    const at = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...path, issue.keys[0]!] : path;
    return { severity: 'error' as const, file, line: lineOf(doc, counter, at), path: formatPath(path), message: issueMessage(issue) };
  });
}

/**
 * Parses and validates one scenario's YAML text, collecting every problem
 * (YAML syntax, schema, ids, paths, optionally declared labels) with its line.
 */
export function parseScenarioSource(source: string, file: string, options: LoadOptions = {}): LoadedScenario {
  const { doc, counter, problems } = parseYaml(source, file);
  const empty = { translations: {}, translationFiles: {} };
  if (problems.some((p) => p.severity === 'error')) return { file, scenario: null, problems, ...empty };

  const data: unknown = doc.toJS();
  const located = (f: Finding): ScenarioProblem => ({ severity: f.severity, file, line: lineOf(doc, counter, f.path), path: formatPath(f.path), message: f.message });

  const newer = newerVersion(data, file, doc, counter);
  if (newer) {
    problems.push(newer);
    return { file, scenario: null, problems, ...empty };
  }

  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, file, doc, counter));
    return { file, scenario: null, problems, ...empty };
  }

  const scenario = parsed.data;
  const name = basename(file).replace(/\.ya?ml$/, '');
  if (name !== scenario.id) problems.push(located({ severity: 'error', path: ['id'], message: `id "${scenario.id}" must match the file name "${name}"` }));
  problems.push(...analyzeScenario(scenario).map(located));
  const sections = options.workbookSections;
  if (sections) {
    scenario.steps.forEach((step, i) => {
      if (step.workbookSection !== undefined && !sections.includes(step.workbookSection)) {
        problems.push(located({ severity: 'error', path: ['steps', i, 'workbookSection'], message: `no workbook section has the id "${step.workbookSection}" (sections: ${sections.join(', ')})` }));
      }
    });
  }
  // A label mismatch is an error in the content, but the call itself still plays, so the scenario is kept.
  const playable = !problems.some((p) => p.severity === 'error');
  if (options.checkLabels) problems.push(...options.checkLabels(scenario).map(located));
  return { file, scenario: playable ? scenario : null, problems, ...empty };
}

export interface LoadedTranslation {
  file: string;
  /** The validated text, or null when the file has errors (other than label disagreements). */
  text: ScenarioText | null;
  problems: ScenarioProblem[];
}

/** Where a finding on the localized scenario (English paths) sits in the translation: a response's label check points at its text. */
function translationPath(scenario: Scenario, path: readonly (string | number)[]): (string | number)[] {
  const [steps, i, responses, j] = path;
  if (steps === 'steps' && typeof i === 'number') {
    const step = scenario.steps[i];
    if (step && responses === 'responses' && typeof j === 'number' && step.responses[j]) return ['steps', step.id, 'responses', step.responses[j].id, 'text'];
    if (step) return ['steps', step.id];
  }
  return [...path];
}

/**
 * Parses and validates a translation (`<id>.<lang>.yaml`) against its English
 * scenario: the text format, then completeness (every piece translated, no
 * unknown id, line for line), then optionally the scorer's labels on each
 * translated response against the labels the English file declares.
 */
export function parseTranslationSource(source: string, file: string, scenario: Scenario, lang: TranslationLang, options: LoadOptions = {}): LoadedTranslation {
  const { doc, counter, problems } = parseYaml(source, file);
  if (problems.some((p) => p.severity === 'error')) return { file, text: null, problems };
  const data: unknown = doc.toJS();
  const newer = newerVersion(data, file, doc, counter);
  if (newer) {
    problems.push(newer);
    return { file, text: null, problems };
  }
  const parsed = scenarioTextSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, file, doc, counter, 'branches'));
    return { file, text: null, problems };
  }
  const located = (f: Finding): ScenarioProblem => ({ severity: f.severity, file, line: lineOf(doc, counter, f.path), path: formatPath(f.path), message: f.message });
  problems.push(...compareTranslation(scenario, parsed.data).map(located));
  const complete = !problems.some((p) => p.severity === 'error');
  if (complete && options.checkTranslationLabels) {
    const localized = localizeScenario(scenario, parsed.data);
    problems.push(...options.checkTranslationLabels(localized, lang).map((f) => located({ ...f, path: translationPath(scenario, f.path) })));
  }
  return { file, text: complete ? parsed.data : null, problems };
}

/** `irma.es.yaml` → { id: 'irma', lang: 'es' }; null for a scenario file. */
export function translationName(file: string): { id: string; lang: string } | null {
  const m = /^(.+)\.([a-z]{2,3})\.ya?ml$/.exec(basename(file));
  return m ? { id: m[1]!, lang: m[2]! } : null;
}

/** The translation files beside a scenario file, by language. */
function translationFilesOf(file: string): Partial<Record<TranslationLang, string>> {
  const base = basename(file).replace(/\.ya?ml$/, '');
  const out: Partial<Record<TranslationLang, string>> = {};
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    const t = translationName(name);
    if (t && t.id === base && isTranslationLang(t.lang) && !out[t.lang]) out[t.lang] = join(dirname(file), name);
  }
  return out;
}

function readSource(file: string): { source: string } | { problem: ScenarioProblem } {
  try {
    return { source: readFileSync(file, 'utf8') };
  } catch (err) {
    return { problem: { severity: 'error', file, line: null, path: '(file)', message: `cannot read: ${(err as Error).message}` } };
  }
}

/** Reads and validates the translations beside a loaded scenario, adding them and their problems to it. */
function withTranslations(loaded: LoadedScenario, options: LoadOptions): LoadedScenario {
  const files = translationFilesOf(loaded.file);
  loaded.translationFiles = files;
  // Translations are checked against a scenario that loads; while it does not, its own errors come first.
  const scenario = loaded.scenario ?? null;
  if (!scenario) return loaded;
  for (const lang of TRANSLATION_LANGS) {
    const file = files[lang];
    if (!file) continue;
    const read = readSource(file);
    if ('problem' in read) {
      loaded.problems.push(read.problem);
      continue;
    }
    const t = parseTranslationSource(read.source, file, scenario, lang, options);
    loaded.problems.push(...t.problems);
    if (t.text) loaded.translations[lang] = t.text;
  }
  return loaded;
}

/** Reads and validates one scenario file and the translations beside it (`<id>.<lang>.yaml`). */
export function loadScenarioFile(file: string, options: LoadOptions = {}): LoadedScenario {
  const read = readSource(file);
  if ('problem' in read) return { file, scenario: null, problems: [read.problem], translations: {}, translationFiles: {} };
  return withTranslations(parseScenarioSource(read.source, file, options), options);
}

function yamlNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
  } catch {
    return [];
  }
}

/** The scenario files in a folder (`*.yaml`, `*.yml`, not their `<id>.<lang>.yaml` translations), sorted by name. */
export function scenarioFiles(dir: string): string[] {
  return yamlNames(dir)
    .filter((n) => translationName(n) === null)
    .map((n) => join(dir, n));
}

/** Every file in a folder that a scenario build reads (scenarios and translations), for watching. */
export function scenarioSourceFiles(dir: string): string[] {
  return yamlNames(dir).map((n) => join(dir, n));
}

/**
 * Translation files that belong to no scenario (no `<id>.yaml` beside them)
 * or are in a language the app does not play, as problems.
 */
export function strayTranslations(dir: string): ScenarioProblem[] {
  const names = yamlNames(dir);
  const scenarios = new Set(names.filter((n) => translationName(n) === null).map((n) => n.replace(/\.ya?ml$/, '')));
  const out: ScenarioProblem[] = [];
  for (const name of names) {
    const t = translationName(name);
    if (!t) continue;
    const file = join(dir, name);
    if (!scenarios.has(t.id)) out.push({ severity: 'error', file, line: null, path: '(file)', message: `a translation of "${t.id}", but there is no ${t.id}.yaml beside it` });
    else if (!isTranslationLang(t.lang)) out.push({ severity: 'error', file, line: null, path: '(file)', message: `"${t.lang}" is not a language the app plays (it plays English and ${TRANSLATION_LANGS.join(', ')}); rename the file or add the language` });
  }
  return out;
}

/** Loads every scenario file in a folder with its translations, each with its own problems; stray translations come last. */
export function loadScenarioDir(dir: string, options: LoadOptions = {}): LoadedScenario[] {
  const loaded = scenarioFiles(dir).map((file) => loadScenarioFile(file, options));
  for (const p of strayTranslations(dir)) loaded.push({ file: p.file, scenario: null, problems: [p], translations: {}, translationFiles: {} });
  return loaded;
}
