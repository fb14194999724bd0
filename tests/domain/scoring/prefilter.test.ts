import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  analysePattern,
  mayMatch,
  prefilteredPatterns,
  prefilterDocument,
  prefilterDocuments,
  requiredLiterals,
  setPrefilterEnabled,
  test as prefilteredTest,
} from '../../../src/domain/scoring/prefilter.ts';
import { score } from '../../../src/domain/scoring/scorer.ts';
import { splitSentences } from '../../../src/domain/scoring/text.ts';
import '../../../src/domain/scoring/es/register.ts';
import { loadScorerLanguage } from '../../../src/domain/scoring/load-language.ts';

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; callerName?: string; lang?: 'en' | 'es' });

const labeled = [
  ...lines('../shared/scoring/dev-set.jsonl'),
  ...lines('tests/fixtures/scoring/holdout-en.jsonl'),
  ...lines('tests/fixtures/scoring/blind-en.jsonl'),
  ...lines('tests/fixtures/scoring/blind-es.jsonl'),
  ...lines('tests/fixtures/scoring/holdout-es.jsonl').slice(0, 400),
];

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * Texts made of the very literals the prefilter looks for, glued with
 * characters that make or break a word boundary, in both cases: where a
 * scan that got boundaries or literal ends wrong would show.
 */
function literalSalad(count: number): string[] {
  const next = random(7);
  const literals = [...new Set(prefilteredPatterns().flatMap((re) => analysePattern(re.source, re.flags).required.flat()))];
  const glue = [' ', '', '_', '-', "'", '1', 'é', ', ', '. ', '\u2019'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const words = 2 + Math.floor(next() * 10);
    for (let w = 0; w < words; w++) {
      const literal = literals[Math.floor(next() * literals.length)]!;
      // Sometimes only part of a literal, so near-misses are scanned too.
      text += (next() < 0.2 ? literal.slice(0, -1) : literal) + glue[Math.floor(next() * glue.length)]!;
    }
    out.push(next() < 0.1 ? text.toUpperCase() : text);
  }
  return out;
}

describe('literal prefilter', () => {
  afterEach(() => setPrefilterEnabled(true));

  it('works out the literals every match must contain', () => {
    const sorted = (clauses: string[][]) => clauses.map((c) => [...c].sort());
    expect(sorted(requiredLiterals(String.raw`\b(?:we|i) never (?:got|had)\b`))).toEqual([['i never got', 'i never had', 'we never got', 'we never had']]);
    // A part that may be absent requires nothing; the rest of the sequence still does.
    expect(requiredLiterals(String.raw`(?:so )?sorry\b`)).toEqual([['sorry']]);
    // Alternatives each contribute theirs.
    expect(sorted(requiredLiterals(String.raw`swamp(?:ed)?|short[- ]staffed`))).toEqual([['short staffed', 'short-staffed', 'swamp']]);
    // Parts separated by a gap are each required.
    expect(sorted(requiredLiterals(String.raw`\b(?:i'll|we'll) (?:\w+ )?(?:call|ring) you\b`))).toEqual([["i'll ", "we'll "], ['call you', 'ring you']]);
  });

  it('gives no filter when it cannot prove one', () => {
    expect(requiredLiterals(String.raw`\b\w+ly\b`)).toEqual([]); // no literal at all
    expect(requiredLiterals(String.raw`no|si`)).toEqual([]); // literals too short to filter
    expect(requiredLiterals('sorry', 'i')).toEqual([]); // case-insensitive
    expect(requiredLiterals(String.raw`(?:busy|\d+)`)).toEqual([]); // one alternative has no literal
  });

  it('recognises plain choices of key words, boundaries included, and nothing more', () => {
    /** Each literal with the boundaries it needs, in one sorted list. */
    const choices = (source: string) =>
      analysePattern(source)
        .choice?.flatMap((c) => c.literals.map((l) => `${c.boundaryBefore ? '\\b' : ''}${l}${c.boundaryAfter ? '\\b' : ''}`))
        .sort() ?? null;
    expect(choices(String.raw`\b(?:busy|swamp)(?=)`)).toEqual(['\\bbusy', '\\bswamp']);
    expect(choices(String.raw`\blove\b|petal`)).toEqual(['\\blove\\b', 'petal']);
    // Short literals are fine in a choice: the scan checks each where it is found.
    expect(choices(String.raw`(?:credit|%|\b(?:mr|ms)\b)`)).toEqual(['%', '\\bmr\\b', '\\bms\\b', 'credit']);
    // A lookahead with content, or a boundary inside, narrows the match: not a plain choice.
    expect(choices(String.raw`\bbusy(?! signal)`)).toBeNull();
    expect(choices(String.raw`\bnot\b me`)).toBeNull();
    // Some alternatives plain, some not: finding a plain one answers yes, finding none does not answer no.
    expect(choices(String.raw`\b(?:busy|\d+ calls)`)).toEqual(['\\bbusy']);
    expect(analysePattern(String.raw`\b(?:busy|\d+ calls)`).complete).toBe(false);
    expect(analysePattern(String.raw`\b(?:busy|swamp)`).complete).toBe(true);
  });

  it('never changes what a registered pattern finds, in real utterances and in texts built to trip it', async () => {
    await loadScorerLanguage('es');
    const patterns = prefilteredPatterns();
    expect(patterns.length).toBeGreaterThan(400);
    const texts = [...labeled.map((l) => l.text.toLowerCase()).filter((_, i) => i % 8 === 0), ...literalSalad(160)];
    const disagreements: string[] = [];
    // Each text is answered for with its sentences, as the scorer does; both are checked.
    // Each text is read as English and as Spanish: a language's patterns are prefiltered only in its own texts.
    const checks = texts.flatMap((doc) => {
      const sentences = splitSentences(doc);
      return [doc, ...sentences.map((s) => s.text)].flatMap((text) => (['en', 'es'] as const).map((lang) => ({ doc, sentences, text, lang })));
    });
    // A copy of each pattern is the pattern as the engine alone runs it.
    const plain = patterns.map((re) => new RegExp(re.source, re.flags));
    for (const { doc, sentences, text, lang } of checks) {
      prefilterDocument(doc, sentences, lang);
      patterns.forEach((re, i) => {
        const copy = plain[i]!;
        copy.lastIndex = 0;
        const truth = copy.test(text);
        re.lastIndex = 0;
        if (prefilteredTest(re, text) !== truth) disagreements.push(`${lang} ${re.source.slice(0, 60)} on ${JSON.stringify(text)}`);
        if (truth && !mayMatch(re, text)) disagreements.push(`${lang} skipped ${re.source.slice(0, 60)} on ${JSON.stringify(text)}`);
        re.lastIndex = 0;
      });
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('answers for the texts of many utterances at once, in any order, shared sentences included', async () => {
    await loadScorerLanguage('es');
    const patterns = prefilteredPatterns();
    const plain = patterns.map((re) => new RegExp(re.source, re.flags));
    const base = [...labeled.map((l) => l.text.toLowerCase()).filter((_, i) => i % 40 === 0), ...literalSalad(20)];
    // Utterances that repeat another's sentence, or are one of another's sentences.
    const docs = [...base, `${base[0]} ${base[1]}`, splitSentences(base[2]!)[0]!.text];
    const next = random(11);
    for (const lang of ['en', 'es'] as const) {
      prefilterDocuments(docs.map((text) => ({ text, parts: splitSentences(text) })), lang);
      const texts = docs.flatMap((doc) => [doc, ...splitSentences(doc).map((s) => s.text)]).sort(() => next() - 0.5);
      const disagreements: string[] = [];
      for (const text of texts) {
        patterns.forEach((re, i) => {
          const copy = plain[i]!;
          copy.lastIndex = 0;
          re.lastIndex = 0;
          if (prefilteredTest(re, text) !== copy.test(text)) disagreements.push(`${lang} ${re.source.slice(0, 60)} on ${JSON.stringify(text)}`);
          re.lastIndex = 0;
        });
      }
      expect(disagreements.slice(0, 5)).toEqual([]);
    }
  });

  it('leaves every score exactly as it is without the prefilter', async () => {
    await loadScorerLanguage('es');
    const inputs = [...labeled, ...literalSalad(200).map((text, i) => ({ text, lang: i % 2 === 0 ? ('en' as const) : ('es' as const) }))];
    const withPrefilter = inputs.map((input) => score(input));
    setPrefilterEnabled(false);
    const without = inputs.map((input) => score(input));
    expect(withPrefilter).toEqual(without);
  });

  it('keeps lastIndex as a failed search leaves it when it skips a global pattern', () => {
    const re = prefilteredPatterns().find((p) => p.global)!;
    const text = 'zzz qqq';
    prefilterDocument(text, [], 'en');
    re.lastIndex = 3;
    expect(prefilteredTest(re, text)).toBe(false);
    expect(re.lastIndex).toBe(0);
  });
});
