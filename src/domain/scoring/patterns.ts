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
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'g');
}

/** A global pattern from a source string. */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'g');
}

export const I = `(?:i|ii)`;
export const I_AM = `(?:i'?m|i am|im)`;
export const I_WILL = `(?:i'?ll|i will|ill(?= (?:call|make|send|get|have|be|check|look|email|fax|take|personally|go|update|fix|put|transfer|connect|let|do|find|review|pull|research)\\b)|i'?m going to|i am going to|i'?m gonna|im gonna|i'?m about to)`;
export const I_HAVE = `(?:i'?ve|i have|ive|i just|i already|i'?ve just|i have just|i'?ve already|i have already)`;
export const WE = `(?:we|we'?ve|we'?d|we'?re|we'?ll|weve|wed|were|well)`;
export const YOU = `(?:you|u|ya|you'?re|youre|you'?ve|you'?ll|you'?d)`;
export const NOT = `(?:not|n't|nt|never)`;
