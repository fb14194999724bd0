import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioDir, loadScenarioFile, parseScenarioSource } from '../../../src/domain/scenario/load.ts';

const VALID = `schemaVersion: 1
id: broken
title: Test call
summary: A call for tests.
persona:
  name: Irma Jones
  callerName: Mrs. Jones
  role: Manager
  business: Dental
  temperament: Talkative.
briefing:
  - Account 1.
factsClear: false
mood:
  start: 50
silence:
  limit: 2
  ending: hung-up
steps:
  - id: ask
    caller:
      - Hello?
    expects: [probing-question]
    responses:
      - id: r1
        text: Okay one.
        labels: []
        coaching: Note.
      - id: r2
        text: Okay two.
        labels: []
        coaching: Note.
      - id: r3
        text: Okay three.
        labels: []
        coaching: Note.
    default:
      next: done
endings:
  - id: done
    kind: resolved
    outcome: Resolved.
  - id: hung-up
    kind: caller-disconnects
    outcome: Hung up.
`;

/** The messages for a YAML text as the author sees them. */
function report(source: string, file = 'scenarios/broken.yaml'): string[] {
  return parseScenarioSource(source, file).problems.map(formatProblem);
}

describe('loading a scenario file', () => {
  it('accepts a valid file and expands a bare-string caller line', () => {
    const result = parseScenarioSource(VALID, 'scenarios/broken.yaml');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.scenario?.steps[0]?.caller).toEqual([{ text: 'Hello?', mood: 'neutral' }]);
  });

  it.each([
    ['an unknown label', VALID.replace('expects: [probing-question]', 'expects: [probing-questions]'), 'scenarios/broken.yaml:23: steps[0].expects[0]: unknown label "probing-questions"'],
    ['a misspelt field', VALID.replace('    expects:', '    expect:'), 'scenarios/broken.yaml:23: steps[0]: unknown field "expect"'],
    ['a missing required field', VALID.replace('  role: Manager\n', ''), 'scenarios/broken.yaml:5: persona.role: is required (string)'],
    ['a wrong kind of ending', VALID.replace('kind: resolved', 'kind: solved'), 'scenarios/broken.yaml:41: endings[0].kind: Invalid option'],
    ['a dangling next id', VALID.replace('next: done', 'next: gone'), 'scenarios/broken.yaml:38: steps[0].default.next: no step or ending has the id "gone"'],
    ['an id that is not kebab-case', VALID.replace('id: r2', 'id: R 2'), 'scenarios/broken.yaml:29: steps[0].responses[1].id: must be a kebab-case id'],
    ['too few responses', VALID.replace(/      - id: r3\n(.*\n){3}/, ''), 'scenarios/broken.yaml:24: steps[0].responses: a step offers 3 to 4 authored responses'],
    ['an id that differs from the file name', VALID, 'scenarios/other.yaml:2: id: id "broken" must match the file name "other"', 'scenarios/other.yaml'],
    ['broken YAML syntax', VALID.replace('  limit: 2', '  limit: [2'), 'scenarios/broken.yaml:'],
  ])('reports %s with file, line and field', (_, source, expected, file = 'scenarios/broken.yaml') => {
    const lines = report(source, file);
    expect(lines.some((l) => l.startsWith(expected)), `${expected}\nnot in\n${lines.join('\n')}`).toBe(true);
  });

  it('refuses a file written for a newer schema version', () => {
    expect(report(VALID.replace('schemaVersion: 1', 'schemaVersion: 2'))).toEqual([
      'scenarios/broken.yaml:1: schemaVersion: schemaVersion 2 is newer than this app reads (1); update the app',
    ]);
  });

  it('collects every problem in a file before stopping', () => {
    const source = VALID.replace('kind: resolved', 'kind: solved').replace('  role: Manager\n', '').replace('labels: []', 'labels: [nope]');
    const result = parseScenarioSource(source, 'scenarios/broken.yaml');
    expect(result.scenario).toBeNull();
    expect(result.problems.map((p) => p.path).sort()).toEqual(['endings[0].kind', 'persona.role', 'steps[0].responses[0].labels[0]']);
  });

  it('loads every YAML file in a folder, each with its own problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'broken.yaml'), VALID);
    writeFileSync(join(dir, 'worse.yaml'), VALID.replace('id: broken', 'id: worse').replace('outcome: Hung up.', ''));
    writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
    const loaded = loadScenarioDir(dir);
    expect(loaded.map((l) => [l.file.endsWith('broken.yaml') || l.file.endsWith('worse.yaml'), l.scenario !== null])).toEqual([
      [true, true],
      [true, false],
    ]);
    expect(loaded[1]!.problems.map(formatProblem)).toEqual([`${join(dir, 'worse.yaml')}:43: endings[1].outcome: is required (string)`]);
  });

  it('rejects a workbook section the workbook does not have, when given the sections', () => {
    const source = VALID.replace('  - id: ask\n', '  - id: ask\n    workbookSection: probing-question\n');
    expect(report(source).filter((l) => !l.includes(': warning: '))).toEqual([]);
    const lines = parseScenarioSource(source, 'scenarios/broken.yaml', { workbookSections: ['probing-questions', 'no-excuses'] }).problems.map(formatProblem);
    expect(lines).toContain('scenarios/broken.yaml:21: steps[0].workbookSection: no workbook section has the id "probing-question" (sections: probing-questions, no-excuses)');
  });

  it('names an unreadable file', () => {
    expect(loadScenarioFile('/nonexistent/x.yaml').problems[0]?.message).toMatch(/^cannot read/);
  });
});
