import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { attemptsCsv } from '../../../src/domain/records/attempts-csv.ts';
import { toCsv } from '../../../src/domain/records/csv.ts';
import { resultsBundleJson, resultsFileName } from '../../../src/domain/records/results-export.ts';
import { parseBundleFile } from '../../../src/domain/review/parse.ts';
import { profile, walkthroughAttempt } from '../review/support.ts';

// Loading the five scenarios and the scorer takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('CSV for spreadsheets', () => {
  it('quotes commas, quotes and line breaks, and keeps numbers as numbers', () => {
    const csv = toCsv(['a', 'b', 'c'], [['one, two', 'say "hi"\nthen go', 42]]);
    expect(csv).toBe('a,b,c\r\n"one, two","say ""hi""\nthen go",42');
    expect(Papa.parse<string[]>(csv).data[1]).toEqual(['one, two', 'say "hi"\nthen go', '42']);
  });

  it.each(['=1+2', '+SUM(A1)', '-2+3', '@cmd', '\tx', '=HYPERLINK("x")\nmore'])('guards %j against running as a formula', (cell) => {
    const row = Papa.parse<string[]>(toCsv(['x'], [[cell]])).data[1]!;
    expect(row[0]).toBe(`'${cell}`);
  });

  it('leaves negative numbers alone (they are numbers, not text)', () => {
    expect(toCsv(['n'], [[-5]])).toBe('n\r\n-5');
  });

  it('writes one row per attempt, oldest first, with scenario, version, mode, mix, language, start, duration, score and outcome', () => {
    const later = walkthroughAttempt('bob-resolved-choices.json', 'bob', { id: 'b', profileId: 'p', startedAt: Date.UTC(2026, 10, 5, 10) });
    const earlier = walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'a', profileId: 'p', startedAt: Date.UTC(2026, 10, 4, 10) });
    const rows = Papa.parse<string[]>(attemptsCsv([later, earlier])).data;
    expect(rows[0]).toEqual(['scenario', 'version', 'mode', 'input mix', 'language', 'started', 'duration (s)', 'score', 'outcome']);
    expect(rows[1]).toEqual([
      'irma',
      earlier.scenarioVersion,
      'coaching',
      `${earlier.inputMix.choices} choices, ${earlier.inputMix.typed} typed, ${earlier.inputMix.silent} silent`,
      'en',
      '2026-11-04T10:00:00.000Z',
      '180',
      String(earlier.score.total),
      `${earlier.outcome!.kind}/${earlier.outcome!.result}`,
    ]);
    expect(rows[2]![0]).toBe('bob');
  });
});

describe('the trainee results file', () => {
  it('is named for the trainee and date, safely', () => {
    expect(resultsFileName('results', 'María José Núñez', new Date(Date.UTC(2026, 10, 23)), 'json')).toBe('results-maria-jose-nunez-2026-11-23.json');
    expect(resultsFileName('attempts', '<script>', new Date(Date.UTC(2026, 10, 23)), 'csv')).toBe('attempts-script-2026-11-23.csv');
    expect(resultsFileName('results', '日本', new Date(Date.UTC(2026, 10, 23)), 'json')).toBe('results-trainee-2026-11-23.json');
  });

  it('holds only the trainee\'s attempts and skips workbook answers that do not parse', () => {
    const ana = profile('ana', 'Ana');
    const mine = walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'mine', profileId: 'ana' });
    const theirs = walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'theirs', profileId: 'ben' });
    const text = resultsBundleJson({ trainee: ana, attempts: [mine, theirs], workbookJson: '{"format":"something else"}', appVersion: '0.1.0' });
    const parsed = parseBundleFile('r.json', text);
    expect(parsed.ok && parsed.kind === 'results' && parsed.bundle.attempts.map((a) => a.id)).toEqual(['mine']);
    expect(parsed.ok && parsed.kind === 'results' && parsed.bundle.workbook).toBeUndefined();
  });
});
