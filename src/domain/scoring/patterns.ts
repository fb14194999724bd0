import { registerPattern } from './prefilter.ts';

/**
 * Pattern fragments shared by the detectors. Every fragment is written for
 * folded text (lowercase, straight apostrophes) and accepts the forms people
 * type: contractions spelled out or not, and the apostrophe left off.
 *
 * Safety: fragments never nest unbounded quantifiers, so no pattern can
 * backtrack catastrophically; gaps between words are bounded.
 */

/** Up to `n` words (any non-space runs) between two parts of a pattern. */
export const gap = (n: number): string => `(?:\\s+\\S+){0,${n}}?\\s+`;

/** Up to `n` words, but not across a clause break (comma, dash, colon). */
export const near = (n: number): string => `(?:\\s+[^\\s,;:\\u2014-]+){0,${n}}?\\s+`;

/** Compiles alternatives with word boundaries into a global, reusable pattern. */
export function words(...alternatives: string[]): RegExp {
  return compact(`\\b(?:${alternatives.join('|')})\\b`, 'g');
}

/** A global pattern from a source string. */
export function pattern(source: string): RegExp {
  return compact(source, 'g');
}

/**
 * A pattern compiled to compact code: `source` (or a pattern literal's
 * source and flags) with an empty lookahead `(?=)` after its alternation
 * groups. The lookahead always succeeds and captures nothing, so what the
 * pattern matches is unchanged; but V8's pattern compiler stops specialising
 * the code that follows at a lookahead. Without it, each branch of an
 * alternation gets its own copy of everything after it (up to ten copies per
 * step): the scorer's patterns compiled to about 25 MB of code, and past a
 * limit on generated code V8 compiles further patterns without its
 * optimizations, up to 25 times slower (see docs/scorer.md, Speed). Every
 * pattern longer than a few words should be built with this (or `pattern`).
 */
export function compact(source: string | RegExp, flags?: string): RegExp {
  const re =
    source instanceof RegExp
      ? new RegExp(withLookaheadBreaks(source.source), flags ?? source.flags)
      : new RegExp(withLookaheadBreaks(source), flags);
  registerPattern(re);
  return re;
}

/**
 * Every match has at least this many characters before a break: V8 finds
 * where a match can start by looking at its first characters, and a break
 * among them hides them. Measured over every English pattern on the dev set:
 * breaks anywhere cost 10% more matching time than none, from the second
 * character on 3%, for 7.1 and 7.5 MB of code (none: 26 MB).
 */
const BREAK_AFTER = 2;

// The pieces of pattern syntax withLookaheadBreaks reads, each matched where the reader stands.
const QUANTIFIER = /(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/y;
const GROUP_OPEN = /\((?:\?(?:<?[=!]|:|<[A-Za-z_$][\w$]*>))?/y;
const LITERALS = /[^\\[()|?*+{^$]+/y;
const ESCAPE = /\\(?:k<[^>]+>|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|\d+|[\s\S])/y;

/**
 * `source` with `(?=)` after each group that has alternatives (after its
 * quantifier), lookarounds excepted, once every match has at least
 * BREAK_AFTER characters before that point. A small reader of the pattern
 * syntax the scorer uses (groups, classes, escapes, quantifiers).
 */
export function withLookaheadBreaks(source: string): string {
  let at = 0;
  const breaks: number[] = [];

  // Each reader returns the fewest characters its part can match; `before` is the fewest matched before it.
  const alternation = (before: number): { min: number; alternatives: boolean } => {
    let min = Infinity;
    let alternatives = false;
    for (;;) {
      min = Math.min(min, sequence(before));
      if (source[at] !== '|') return { min, alternatives };
      alternatives = true;
      at++;
    }
  };
  const repeats = (): number => {
    const next = source[at];
    if (next !== '?' && next !== '*' && next !== '+' && next !== '{') return 1;
    QUANTIFIER.lastIndex = at;
    const q = QUANTIFIER.exec(source);
    if (!q) return 1;
    at += q[0].length;
    return q[1] === '+' ? 1 : q[1] !== undefined ? 0 : Number(q[2]);
  };
  const sequence = (before: number): number => {
    let min = 0;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const ch = source[at]!;
      if (ch === '(') {
        GROUP_OPEN.lastIndex = at;
        const open = GROUP_OPEN.exec(source)![0];
        const lookaround = /^\(\?<?[=!]$/.test(open);
        at += open.length;
        const inner = alternation(before + min);
        at++; // ')'
        const length = lookaround ? 0 : inner.min * repeats();
        if (inner.alternatives && !lookaround && before + min + length >= BREAK_AFTER && !source.startsWith('(?=)', at)) breaks.push(at);
        min += length;
      } else if (ch === '\\') {
        ESCAPE.lastIndex = at;
        const escape = ESCAPE.exec(source)![0];
        at += escape.length;
        // Word boundaries and back-references can match no characters.
        min += (/^\\(?:[bB]|k<|[1-9])/.test(escape) ? 0 : 1) * repeats();
      } else if (ch === '[') {
        // A character class ("|", "(" and ")" inside it are literal; "[]" and "[^]" are whole classes).
        let end = at + 1;
        if (source[end] === '^') end++;
        while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
        at = end + 1;
        min += repeats();
      } else {
        // A run of plain characters at once: all but its last, which may carry a quantifier.
        LITERALS.lastIndex = at;
        const run = LITERALS.exec(source)?.[0].length ?? 1;
        at += run;
        min += run - 1 + (ch === '^' || ch === '$' ? 0 : 1) * repeats();
      }
    }
    return min;
  };

  alternation(0);
  // Anything the reader does not follow (it should not happen) is compiled as written.
  if (at !== source.length) return source;
  let out = '';
  let from = 0;
  for (const to of breaks.sort((a, b) => a - b)) {
    out += `${source.slice(from, to)}(?=)`;
    from = to;
  }
  return out + source.slice(from);
}

export const I = `(?:i|ii)`;
export const I_AM = `(?:i'?m|i am|im)`;
export const I_WILL = `(?:i'?ll|i will|ill(?= (?:call|make|send|get|have|be|check|look|email|fax|take|personally|go|update|fix|put|transfer|connect|let|do|find|review|pull|research)\\b)|i'?m going to|i am going to|i'?m gonna|im gonna|i'?m about to)`;
export const I_HAVE = `(?:i'?ve|i have|ive|i just|i already|i'?ve just|i have just|i'?ve already|i have already)`;
export const WE = `(?:we|we'?ve|we'?d|we'?re|we'?ll|weve|wed|were|well)`;
export const YOU = `(?:you|u|ya|you'?re|youre|you'?ve|you'?ll|you'?d)`;
export const NOT = `(?:not|n't|nt|never)`;
