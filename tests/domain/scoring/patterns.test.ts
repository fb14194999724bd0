import { describe, expect, it } from 'vitest';
import { compact, withLookaheadBreaks } from '../../../src/domain/scoring/patterns.ts';

describe('withLookaheadBreaks', () => {
  it('puts an empty lookahead after each alternation group once a match is two characters in', () => {
    expect(withLookaheadBreaks("\\bi (?:will|can) (?:call|ring) you")).toBe("\\bi (?:will|can)(?=) (?:call|ring)(?=) you");
    expect(withLookaheadBreaks('(?:a|an) (?:x|y)z')).toBe('(?:a|an) (?:x|y)(?=)z');
  });

  it('leaves the first characters of a match alone, where the engine looks for where a match can start', () => {
    expect(withLookaheadBreaks('(?:a|b)c')).toBe('(?:a|b)c');
    expect(withLookaheadBreaks('\\b(?:a|i),? x')).toBe('\\b(?:a|i),? x');
    expect(withLookaheadBreaks('\\b(?:to|so),? x')).toBe('\\b(?:to|so)(?=),? x');
  });

  it('keeps a quantifier with its group and counts an optional group as no characters', () => {
    expect(withLookaheadBreaks('x (?:a|b)? (?:c|d){0,2}? (?:e|f)+')).toBe('x (?:a|b)?(?=) (?:c|d){0,2}?(?=) (?:e|f)+(?=)');
    expect(withLookaheadBreaks('(?:a|b)?(?:c|d)x')).toBe('(?:a|b)?(?:c|d)x');
  });

  it('reads character classes, escapes and lookarounds as what they are', () => {
    expect(withLookaheadBreaks('abc[(|)]\\(x|y\\) (?:p|q)')).toBe('abc[(|)]\\(x|y\\) (?:p|q)(?=)');
    expect(withLookaheadBreaks('abc(?=x|y)(?<!p|q)(?!m|n)')).toBe('abc(?=x|y)(?<!p|q)(?!m|n)');
    expect(withLookaheadBreaks('abc(?<who>she|he) (?:x)')).toBe('abc(?<who>she|he)(?=) (?:x)');
  });

  it('adds nothing the second time', () => {
    const once = withLookaheadBreaks("\\b(?:i'?ll|i will) (?:(?:just|now) ){0,2}(?:fix|sort) (?:this|it)");
    expect(once).toContain('(?=)');
    expect(withLookaheadBreaks(once)).toBe(once);
  });
});

describe('compact', () => {
  const texts = [
    "i'll just fix this for you, and we will sort it out today.",
    'the rates are the rates, policy is policy.',
    "she'll call you back - no, he will call you back by 3 p.m.",
    '',
    'x'.repeat(500),
  ];
  const patterns = [
    /\b(?:i'?ll|i will|we will) (?:(?:just|now|personally) ){0,2}(?<verb>fix|sort(?: out)?|call) (?:this|it|you)(?: back)?\b/g,
    /\b(?<x>(?:(?:the|a|our) )?(?<w>[a-z]{3,})(?:'s| is| are) (?:the |a )?\k<w>)(?=\s*(?:[.,!;:-]|$))/g,
    /(?<!\bno,? )\b(?:she|he|they)(?:'ll| will) (?:call|ring) (?:you|u)(?: back)?(?: by \d{1,2}(?: ?[ap]\.m\.)?)?/g,
    /\b(?:x{2,3}|y)+/g,
  ];

  it('finds exactly what the pattern as written finds, with the same groups', () => {
    for (const re of patterns) {
      const lean = compact(re);
      expect(lean.flags).toBe(re.flags);
      for (const text of texts) {
        const want = [...text.matchAll(re)].map((m) => [m.index, ...m, JSON.stringify(m.groups)]);
        const got = [...text.matchAll(lean)].map((m) => [m.index, ...m, JSON.stringify(m.groups)]);
        expect(got).toEqual(want);
      }
    }
  });
});
