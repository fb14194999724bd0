import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { analyzeScenario, type Finding, type Severity } from './analyze.ts';
import { SCHEMA_VERSION, scenarioSchema, type Scenario } from './schema.ts';

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
  problems: ScenarioProblem[];
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

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `is required (${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against scenarios/README.md)`;
  return issue.message;
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

/**
 * Parses and validates one scenario's YAML text, collecting every problem
 * (YAML syntax, schema, ids, paths, optionally declared labels) with its line.
 */
export function parseScenarioSource(source: string, file: string, options: LoadOptions = {}): LoadedScenario {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const problems: ScenarioProblem[] = [];
  for (const e of doc.errors) problems.push({ severity: 'error', file, line: counter.linePos(e.pos[0]).line, path: '(yaml)', message: e.message.split('\n')[0]! });
  for (const w of doc.warnings) problems.push({ severity: 'warning', file, line: counter.linePos(w.pos[0]).line, path: '(yaml)', message: w.message.split('\n')[0]! });
  if (problems.some((p) => p.severity === 'error')) return { file, scenario: null, problems };

  const data: unknown = doc.toJS();
  const located = (f: Finding): ScenarioProblem => ({ severity: f.severity, file, line: lineOf(doc, counter, f.path), path: formatPath(f.path), message: f.message });

  // A newer file is refused outright: its other fields may mean things this code does not know.
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    problems.push(located({ severity: 'error', path: ['schemaVersion'], message: `schemaVersion ${version} is newer than this app reads (${SCHEMA_VERSION}); update the app` }));
    return { file, scenario: null, problems };
  }

  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = toPath(issue.path);
      const at = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...path, issue.keys[0]!] : path;
      problems.push({ severity: 'error', file, line: lineOf(doc, counter, at), path: formatPath(path), message: issueMessage(issue) });
    }
    return { file, scenario: null, problems };
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
  return { file, scenario: playable ? scenario : null, problems };
}

/** Reads and validates one scenario file. */
export function loadScenarioFile(file: string, options: LoadOptions = {}): LoadedScenario {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    return { file, scenario: null, problems: [{ severity: 'error', file, line: null, path: '(file)', message: `cannot read: ${(err as Error).message}` }] };
  }
  return parseScenarioSource(source, file, options);
}

/** The scenario files in a folder (`*.yaml`, `*.yml`), sorted by name. */
export function scenarioFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(dir, n));
}

/** Loads every scenario file in a folder, each with its own problems. */
export function loadScenarioDir(dir: string, options: LoadOptions = {}): LoadedScenario[] {
  return scenarioFiles(dir).map((file) => loadScenarioFile(file, options));
}
