import { describe, expect, it } from 'vitest';
import { fold, makeDoc, splitSentences } from '../../../src/domain/scoring/text.ts';

describe('fold', () => {
  it('keeps every character at its offset while lowercasing, straightening quotes and dropping accents from vowels', () => {
    const input = 'We’d NEVER “lose” it — Señora Pérez…';
    const folded = fold(input);
    expect(folded).toHaveLength(input.length);
    expect(folded).toBe('we\'d never "lose" it - señora perez.');
  });

  it('folds a long answer typed with curly quotes exactly like the same answer typed with straight ones', () => {
    // Long enough to cross the 4,096-character chunks the one-byte copy is built in.
    const straight = "We'd never lose it - I'm sorry, that's on us. ".repeat(200);
    const curly = straight.replace(/'/g, '\u2019').replace(/ - /g, ' \u2014 ');
    expect(fold(curly)).toBe(fold(straight));
    expect(fold(`${curly}😡`)).toBe(`${fold(straight)}😡`);
  });

  it('keeps offsets for characters whose lowercase is longer', () => {
    const input = 'İstanbul office';
    expect(fold(input)).toHaveLength(input.length);
    expect(fold(input).endsWith('office')).toBe(true);
  });
});

describe('splitSentences', () => {
  const texts = (s: string) => splitSentences(fold(s)).map((x) => s.slice(x.start, x.start + x.text.length));

  it('splits at sentence ends but not after titles, times or decimals', () => {
    expect(texts('Dr. Patel, I understand. I will call you by 2:30 p.m. today! Is 555.0134 right?')).toEqual([
      'Dr. Patel, I understand.',
      'I will call you by 2:30 p.m. today!',
      'Is 555.0134 right?',
    ]);
  });

  it('treats line breaks and semicolons as boundaries', () => {
    expect(texts('we never lose messages; you must have\nchecked the wrong box')).toEqual([
      'we never lose messages',
      'you must have',
      'checked the wrong box',
    ]);
  });

  it('windows a sentence with no punctuation so no pattern scans unbounded text', () => {
    const long = 'word '.repeat(2000);
    const sentences = splitSentences(fold(long));
    expect(sentences.length).toBeGreaterThan(10);
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThanOrEqual(480);
  });
});

describe('makeDoc', () => {
  it('ignores a blank caller name', () => {
    expect(makeDoc('hello', 'en', '   ').callerName).toBeUndefined();
    expect(makeDoc('hello', 'en', ' Mrs. Jones ').callerName).toBe('Mrs. Jones');
  });
});
