import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureAccuracy } from '../../../src/domain/scoring/metrics.ts';
import '../../../src/domain/scoring/es/register.ts';
import { score } from '../../../src/domain/scoring/scorer.ts';

interface Labeled {
  id: string;
  text: string;
  callerName?: string;
  lang?: 'en' | 'es';
  labels: string[];
}

const read = (path: string): Labeled[] =>
  readFileSync(resolve(path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labeled);

// Floors, not targets: a regression guard on sets the detectors were tuned on. The blind sets
// (tests/fixtures/scoring/blind2-*.jsonl) are measured by bench:scorer only, never asserted here.
describe.each([
  ['the shared dev set (English)', '../shared/scoring/dev-set.jsonl', 'en', 0.95],
  ['our own held-back set (English)', 'tests/fixtures/scoring/holdout-en.jsonl', 'en', 0.9],
  ['the Spanish held-out set', 'tests/fixtures/scoring/holdout-es.jsonl', 'es', 0.95],
])('accuracy on %s', (_name, path, lang, floor) => {
  const rows = read(path).filter((r) => (r.lang ?? 'en') === lang);
  const report = measureAccuracy(rows.map((r) => ({ gold: r.labels, predicted: score(r).labels })));

  it(`keeps macro-F1 at or above ${floor}`, () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(report.macroF1).toBeGreaterThanOrEqual(floor);
  });

  it('wrongly flags a fault on at most 2% of utterances', () => {
    expect(report.faultFalsePositiveRate).toBeLessThanOrEqual(0.02);
  });
});
