import { describe, expect, it } from 'vitest';
import { toAnswersJson } from '../../../src/domain/workbook/export-json.ts';
import { diffImport, parseAnswersFile, resolveImport } from '../../../src/domain/workbook/import-answers.ts';
import { allPrompts, getWorkbook, promptText } from '../../../src/domain/workbook/workbook.ts';
import { buildAnswers, buildMeta } from './builders.ts';

const order = allPrompts(getWorkbook('en')).map(({ task, prompt }) => ({ id: prompt.id, text: promptText(task, prompt) }));
const known = new Set(order.map((o) => o.id));
const valid = () => JSON.parse(toAnswersJson(buildAnswers({ 't01.1': 'Mine' }), buildMeta(), 'en', order)) as Record<string, unknown>;

describe('importing an answers file', () => {
  it.each([
    ['a file that is not JSON', '{"format": "hold-the-line', { code: 'not-json' }],
    ['a JSON file of something else', '{"type": "FeatureCollection"}', { code: 'foreign-file' }],
    ['a JSON array', '[1, 2]', { code: 'foreign-file' }],
    ['a file from a newer version', JSON.stringify({ ...valid(), schemaVersion: 7 }), { code: 'newer-version', version: 7 }],
  ])('refuses %s with a clear reason', (_name, text, problem) => {
    const result = parseAnswersFile(text, known);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject(problem);
  });

  it('says on which line broken JSON stops', () => {
    const result = parseAnswersFile('{\n  "format": "x",\n  oops\n}', known);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'not-json' }] });
    if (!result.ok && result.problems[0]!.code === 'not-json') expect(result.problems[0]!.line ?? 3).toBe(3);
  });

  it('names every bad field by its path', () => {
    const file = valid();
    file.answers = [{ promptId: 't01.1', text: 42, updatedAt: 'yesterday' }];
    file.trainee = {};
    const result = parseAnswersFile(JSON.stringify(file), known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => (p.code === 'invalid-field' ? p.path : p.code)).sort()).toEqual(['answers[0].text', 'answers[0].updatedAt', 'trainee.name']);
  });

  it('refuses answers to prompts this workbook does not have', () => {
    const file = valid();
    file.answers = [{ promptId: 'zz.9', text: 'x', updatedAt: new Date().toISOString() }];
    expect(parseAnswersFile(JSON.stringify(file), known)).toMatchObject({ ok: false, problems: [{ code: 'unknown-prompts', promptIds: ['zz.9'] }] });
  });
});

describe('comparing imported answers with the current ones', () => {
  const current = { ...buildAnswers({ 'a': 'same', 'b': 'mine, newer' }, 2000), ...buildAnswers({ 'c': 'mine, older' }, 1000) };
  const incoming = [
    { promptId: 'a', text: 'same', updatedAt: 1500 },
    { promptId: 'b', text: 'theirs, older', updatedAt: 1500 },
    { promptId: 'c', text: 'theirs, newer', updatedAt: 1500 },
    { promptId: 'd', text: 'new here', updatedAt: 1500 },
  ];

  it('takes new answers, counts identical ones and lists each difference with which copy is newer', () => {
    const diff = diffImport(current, incoming);
    expect(diff.added.map((a) => a.promptId)).toEqual(['d']);
    expect(diff.unchanged).toBe(1);
    expect(diff.conflicts.map((c) => [c.promptId, c.newer])).toEqual([
      ['b', 'current'],
      ['c', 'incoming'],
    ]);
  });

  it('never overwrites a newer answer unless the trainee chooses the imported one', () => {
    const diff = diffImport(current, incoming);
    expect(resolveImport(diff, {}).map((a) => a.promptId)).toEqual(['d', 'c']);
    expect(resolveImport(diff, { b: 'incoming', c: 'current' }).map((a) => a.text)).toEqual(['new here', 'theirs, older']);
  });
});
