import { mayMatch, prefilterDocument, test } from './prefilter.ts';
import type { Lang, Span } from './types.ts';

/**
 * Folding keeps every character at its original offset, so a regular
 * expression's match on the folded text is already a span of what the
 * trainee typed: lowercase, straight quotes, plain dashes and spaces, and
 * (for matching Spanish typed without accents) unaccented vowels.
 */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\t': ' ', '\r': ' ',
  '\u2026': '.',
  'á': 'a', 'é': 'e', 'í': 'i', 'ó': 'o', 'ú': 'u', 'ü': 'u', 'à': 'a', 'è': 'e', 'ì': 'i', 'ò': 'o', 'ù': 'u',
};

const FOLD_CHARS = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Lowercases and folds `text` without changing its length. */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  // A few characters lowercase to two code units (U+0130); fall back to per-character to keep offsets aligned.
  if (lower.length !== text.length) {
    lower = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  const folded = lower.replace(FOLD_CHARS, (ch) => FOLD[ch]!);
  // Curly quotes and dashes make the engine store the text two bytes per character, even once folded,
  // and every pattern then compiles a second time for that storage: rebuild such text one byte wide.
  return BEYOND_LATIN1.test(text) && !BEYOND_LATIN1.test(folded) ? oneByteCopy(folded) : folded;
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** The same characters (all U+0000-U+00FF), as a string the engine stores one byte per character. */
function oneByteCopy(text: string): string {
  const CHUNK = 4096;
  const codes = new Uint16Array(Math.min(CHUNK, text.length));
  let out = '';
  for (let at = 0; at < text.length; at += CHUNK) {
    const n = Math.min(CHUNK, text.length - at);
    for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(at + i);
    out += String.fromCharCode(...codes.subarray(0, n));
  }
  return out;
}

/** One sentence of the input: its folded text and where it starts in the original. */
export interface Sentence {
  text: string;
  start: number;
}

/** The scorer's view of one utterance, shared by every detector. */
export interface Doc {
  original: string;
  folded: string;
  sentences: Sentence[];
  lang: Lang;
  callerName?: string;
}

// Titles and time abbreviations whose period does not end a sentence.
const NON_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'drs', 'st', 'sr', 'jr', 'prof', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'am', 'pm', 'no',
  'sra', 'srta', 'dra', 'lic', 'ing', 'sres', 'uds', 'ud',
]);

/**
 * A sentence longer than this is cut into windows: detectors look for short
 * phrases, and a bound on the text each pattern scans keeps 100 KB inputs
 * fast whatever the patterns are.
 */
export const MAX_SENTENCE = 480;

/** Splits folded text into sentences at . ! ? ; and line breaks, keeping titles like "Dr." whole. */
export function splitSentences(folded: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    // Trim leading/trailing spaces while keeping offsets.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(folded[s]!)) s++;
    while (e > s && /\s/.test(folded[e - 1]!)) e--;
    for (let w = s; w < e; w += MAX_SENTENCE) {
      const we = Math.min(e, w + MAX_SENTENCE);
      out.push({ text: folded.slice(w, we), start: w });
    }
  };
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (ch === '\n' || ch === ';') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Only a mark followed by space/end/closing quote ends a sentence ("2.30", "e.g." inside stay).
    const next = folded[i + 1];
    if (next !== undefined && !/[\s"')\]]/.test(next)) continue;
    if (ch === '.') {
      let w = i - 1;
      while (w >= 0 && /[a-z.ñ]/.test(folded[w]!)) w--;
      const word = folded.slice(w + 1, i);
      if (NON_FINAL.has(word)) continue;
      // A single initial ("J. Smith") is not a sentence end either.
      if (word.length === 1 && /[a-z]/.test(word)) continue;
    }
    push(i + 1);
    start = i + 1;
  }
  push(folded.length);
  return out.filter((s) => s.text.length > 0);
}

/** The document every detector reads, not yet made known to the prefilter (bulk scoring makes a block known at once). */
export function readDoc(original: string, lang: Lang, callerName?: string): Doc {
  const folded = fold(original);
  const doc: Doc = { original, folded, sentences: splitSentences(folded), lang };
  if (callerName !== undefined && callerName.trim() !== '') doc.callerName = callerName.trim();
  return doc;
}

/** Builds the document every detector reads, and makes it the one the prefilter answers for. */
export function makeDoc(original: string, lang: Lang, callerName?: string): Doc {
  const doc = readDoc(original, lang, callerName);
  prefilterDocument(doc.folded, doc.sentences, lang);
  return doc;
}

/**
 * Every non-empty match of the global pattern `re` in `text`, from the start.
 * Detectors loop over these instead of driving `exec` and `lastIndex` by hand.
 */
export function matchesIn(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  if (!mayMatch(re, text)) return out;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Every match of `re` in every sentence, as spans of the original input.
 * `re` must carry the `g` flag. Use `group` to report only a capture group
 * (a named or numbered one) as the evidence.
 */
export function findSpans(doc: Doc, re: RegExp, group?: number): Span[] {
  const spans: Span[] = [];
  for (const s of doc.sentences) {
    for (const m of matchesIn(s.text, re)) {
      let from = m.index;
      let text = m[0];
      if (group !== undefined && m[group] !== undefined) {
        from = m.index + m[0].indexOf(m[group]);
        text = m[group];
      }
      spans.push({ start: s.start + from, end: s.start + from + text.length });
    }
  }
  return spans;
}

/** The sentences in which `re` matches (for detectors that then inspect the sentence). */
export function sentencesMatching(doc: Doc, re: RegExp): Sentence[] {
  return doc.sentences.filter((s) => {
    re.lastIndex = 0;
    return test(re, s.text);
  });
}

/** Evidence span covering a whole sentence, trimmed of its final punctuation. */
export function sentenceSpan(s: Sentence): Span {
  let end = s.start + s.text.length;
  while (end > s.start && /[.!?,;:]/.test(s.text[end - s.start - 1]!)) end--;
  return { start: s.start, end };
}
