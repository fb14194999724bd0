import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../src/domain/scoring/labels.ts';
import { score } from '../../../src/domain/scoring/scorer.ts';
import type { ScoreInput } from '../../../src/domain/scoring/types.ts';

const valid = (input: ScoreInput) => {
  const result = score(input);
  const length = typeof input.text === 'string' ? input.text.length : 0;
  for (const label of result.labels) expect(LABELS).toContain(label);
  for (const e of result.evidence) {
    expect(result.labels).toContain(e.label);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(length);
    expect(e.reason.length).toBeGreaterThan(10);
  }
  // Every reported label has at least one piece of evidence the UI can highlight.
  for (const label of result.labels) expect(result.evidence.some((e) => e.label === label)).toBe(true);
  return result;
};

describe('scorer robustness on any user text', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t  '],
    ['emoji only', '😡😡😡 🙏'],
    ['punctuation only', '?!?!...;;;'],
    ['null bytes and controls', '\u0000\u0001 we \u0007 never'],
    ['right-to-left and combining marks', 'שלום e\u0301\u0301\u0301 مرحبا'],
  ])('returns a sane, empty-or-valid result for %s', (_name, text) => {
    const result = valid({ text });
    if (text.trim() === '') expect(result).toEqual({ labels: [], evidence: [] });
  });

  it('does not throw on inputs that are not text at all', () => {
    for (const text of [undefined, null, 42, {}, []] as unknown[]) {
      expect(score({ text } as ScoreInput)).toEqual({ labels: [], evidence: [] });
    }
    expect(() => score({ text: 'hello', callerName: 7 as unknown as string, lang: 'xx' as 'en' })).not.toThrow();
  });

  it('scores 100 KB of text and still finds labels near the end', () => {
    const filler = 'I hear you and I understand how this went. '.repeat(2400);
    const text = `${filler}We were swamped with calls last night.`;
    expect(text.length).toBeGreaterThan(100_000);
    const result = valid({ text });
    expect(result.labels).toContain('excuse');
    const excuse = result.evidence.find((e) => e.label === 'excuse')!;
    expect(text.slice(excuse.start, excuse.end)).toMatch(/swamped/i);
  });

  it.each([
    ['repeated spaces', `we ${' '.repeat(50_000)}never`],
    ['one giant word', 'a'.repeat(100_000)],
    ['alternating punctuation', '.,'.repeat(50_000)],
    ['many almost-matches', "we'd never ".repeat(9_000)],
    ['nested-looking quotes', '"\'"\'"'.repeat(20_000)],
    ['digits', '5550134 '.repeat(12_000)],
  ])('handles a hostile pattern: %s', (_name, text) => {
    valid({ text, callerName: 'Mrs. Jones' });
  });
});
