import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScorerLanguage } from '../../../src/domain/scoring/load-language.ts';
import { score, SCORE_BLOCK, scoreMany } from '../../../src/domain/scoring/scorer.ts';
import type { ScoreInput } from '../../../src/domain/scoring/types.ts';

const lines = (file: string): ScoreInput[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ScoreInput);

describe('bulk scoring', () => {
  it('scores many utterances at once exactly as it scores each alone', async () => {
    await loadScorerLanguage('es');
    const english = [...lines('../shared/scoring/dev-set.jsonl'), ...lines('tests/fixtures/scoring/holdout-en.jsonl')];
    const spanish = lines('tests/fixtures/scoring/holdout-es.jsonl');
    // Languages interleaved, answers that repeat another's sentences or the whole of one of them,
    // blank and missing text, and more than one block's worth.
    const mixed: ScoreInput[] = [];
    for (let i = 0; mixed.length < 2 * SCORE_BLOCK + 50; i++) {
      mixed.push(english[i % english.length]!, spanish[i % spanish.length]!);
      if (i % 7 === 0) mixed.push({ ...english[(i + 1) % english.length]!, text: `${english[i % english.length]!.text} ${english[(i + 1) % english.length]!.text}` });
      if (i % 11 === 0) mixed.push({ text: '   ' }, { text: undefined as unknown as string, lang: 'es' });
    }
    const alone = mixed.map((input) => score(input));
    expect(scoreMany(mixed)).toEqual(alone);
    expect(alone.filter((r) => r.labels.length > 0).length).toBeGreaterThan(mixed.length / 2);
  });

  it('returns nothing for nothing', () => {
    expect(scoreMany([])).toEqual([]);
  });
});
