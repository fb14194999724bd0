/**
 * A literal prefilter for the scorer's patterns: before a pattern runs on a
 * text, a lookup says whether the text contains the literal strings every
 * match of that pattern must contain. Most patterns cannot match most
 * utterances (an excuse pattern needs "busy", "swamped", "short-staffed"...),
 * and proving that by a table lookup is far cheaper than letting the pattern
 * engine try each alternative at each position.
 *
 * How it stays exact: `analysePattern` reads a pattern's source and works out
 * sets of strings such that any match contains one string of each set (in the
 * spirit of trigram indexes for regular expressions); for a plain list of key
 * words it also knows exactly which word, at which word boundary, makes a
 * match. Anything it does not follow (case-insensitive or Unicode flags,
 * unusual syntax) gets no filter, and that pattern always runs. Assertions
 * (lookarounds, \b, ^, $) are read as matching the empty string, which only
 * weakens a requirement. So skipping a pattern never changes a result;
 * `tests/domain/scoring/prefilter.test.ts` checks every registered pattern
 * against itself, and whole scores with the prefilter on and off.
 *
 * How it stays cheap: patterns are read once, on first use or when the page
 * is idle; each utterance is scanned once for all its language's literals (a
 * trie in typed arrays), and that one scan answers for the folded text and
 * for each sentence, the strings the detectors read again and again.
 */

/** Literals shorter than this are in nearly every text and would not filter anything. */
const MIN_LITERAL = 3;
/** How many characters of each literal the scan's trie holds (see LiteralIndex). */
const TRIE_DEPTH = 6;
/**
 * Up to this many exact strings per part of a pattern are kept and combined
 * with their neighbours. (A longer key-word list is read alternative by
 * alternative when looking for literal choices, so it need not be kept whole.)
 */
const MAX_EXACT = 32;

/**
 * What a part of a pattern can match: its exact strings if few, and
 * requirements on any text it matches, as a conjunction: every match contains
 * one literal of each clause. `pure` says the exact strings are precisely what
 * it matches (no assertion narrows them).
 */
interface Info {
  exact: string[] | null;
  clauses: string[][];
  pure: boolean;
  /** A word boundary, \b. */
  boundary?: true;
  /** For a group: the parts of each of its alternatives, to look inside it for literal choices. */
  branches?: Info[][];
}

/** The most clauses kept per pattern: each costs a check, and the first few do nearly all the filtering. */
const MAX_CLAUSES = 4;

const ANY: Info = { exact: null, clauses: [], pure: false };
/** An assertion: it matches no characters, but not everywhere. */
const ASSERTION: Info = { exact: [''], clauses: [], pure: false };
/** `(?=)`: the empty lookahead `compact` adds, true everywhere. */
const ALWAYS: Info = { exact: [''], clauses: [], pure: true };
const BOUNDARY: Info = { exact: [''], clauses: [], pure: false, boundary: true };
const char = (c: string): Info => ({ exact: [c], clauses: [], pure: true });

const dedupe = (strings: string[]): string[] => [...new Set(strings)];

/** A clause from exact strings: usable only when every one is long enough to filter. */
function clauseFromExact(exact: string[] | null): string[] | null {
  if (!exact || exact.length === 0) return null;
  return exact.every((s) => s.length >= MIN_LITERAL) ? exact : null;
}

/** Everything known to be required of a part's matches. */
function requirementsOf(info: Info): string[][] {
  const own = clauseFromExact(info.exact);
  return own ? [own] : info.clauses;
}

/** How selective a clause is: longer shortest literal first, then fewer literals. */
function selectivity(clause: string[]): number {
  let shortest = 8;
  for (const s of clause) if (s.length < shortest) shortest = s.length;
  return shortest * 10_000 - clause.length;
}

/** The most selective of some clauses, if any. */
function mostSelective(clauses: string[][]): string[] | undefined {
  let best: string[] | undefined;
  for (const c of clauses) if (best === undefined || selectivity(c) > selectivity(best)) best = c;
  return best;
}

/** The most selective clauses, at most MAX_CLAUSES. */
const strongest = (clauses: string[][]): string[][] =>
  clauses.length <= MAX_CLAUSES ? clauses : [...clauses].sort((a, b) => selectivity(b) - selectivity(a)).slice(0, MAX_CLAUSES);

function cross(a: string[], b: string[]): string[] {
  // The common case, one literal character after another, without building a set.
  if (a.length === 1 && b.length === 1) return [a[0]! + b[0]!];
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return dedupe(out);
}

const identity = (strings: string[]): boolean => strings.length === 1 && strings[0] === '';

/** Parts in a row: every one's requirements hold (and consecutive exact parts combine into longer strings). */
function sequence(items: Info[]): Info {
  let run: string[] = [''];
  let allExact = true;
  const clauses: string[][] = [];
  const flush = () => {
    const clause = clauseFromExact(run);
    if (clause) clauses.push(clause);
  };
  for (const item of items) {
    if (item.exact && (run.length * item.exact.length <= MAX_EXACT || identity(run) || identity(item.exact))) {
      run = cross(run, item.exact);
      continue;
    }
    // The exact run ends here; what it had is still required of the whole sequence.
    allExact = false;
    flush();
    if (item.exact) {
      run = item.exact;
    } else {
      clauses.push(...item.clauses);
      run = [''];
    }
  }
  if (allExact) return { exact: run, clauses: [], pure: items.every((item) => item.pure) };
  flush();
  return { exact: null, clauses: strongest(clauses), pure: false };
}

/** Alternatives: one clause, the union of each alternative's most selective one (if each has one). */
function alternation(branches: Info[]): Info {
  const small = branches.every((b) => b.exact) && branches.reduce((n, b) => n + b.exact!.length, 0) <= MAX_EXACT;
  const exact = small ? dedupe(branches.flatMap((b) => b.exact!)) : null;
  const best = branches.map((b) => mostSelective(requirementsOf(b)));
  const clauses = best.every((c) => c !== undefined) ? [dedupe(best.flatMap((c) => c!))] : [];
  return { exact, clauses, pure: branches.every((b) => b.pure) };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0) return { exact: max === 1 && info.exact ? dedupe([...info.exact, '']) : null, clauses: [], pure: info.pure };
  let exact: string[] | null = null;
  if (min === max && info.exact && info.exact.length ** min <= MAX_EXACT) {
    exact = [''];
    for (let i = 0; i < min; i++) exact = cross(exact, info.exact);
  }
  return { exact, clauses: exact ? [] : requirementsOf(info), pure: info.pure };
}

const QUANTIFIER = /(?:([?*+])|\{(\d+)(,(\d*))?\})\??/y;
/** Characters that stand for themselves in a pattern. */
const PLAIN_RUN = /[^\\[\](){}|?*+.^$]+/y;
const GROUP_OPEN = /\((?:\?(?:<?[=!]|:|<[A-Za-z_$][\w$]*>))?/y;
const CHAR_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };

class Unsupported extends Error {}

/** Part of a pattern that matches exactly one of `literals`, with a word boundary before and/or after it. */
export interface LiteralChoice {
  literals: string[];
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

/** What the prefilter knows of a pattern. */
export interface PatternFilter {
  /** Sets of strings: every match contains one string of each set. Empty when none can be proved. */
  required: string[][];
  /**
   * The alternatives (at the top, or in a group that is all the pattern has
   * besides boundaries) that are plain choices of literals: when the scan
   * finds one, the pattern matches. Null when there are none.
   */
  choice: LiteralChoice[] | null;
  /** Every alternative is such a choice: when the scan finds none, the pattern does not match. */
  complete: boolean;
}

const NO_FILTER: PatternFilter = { required: [], choice: null, complete: false };

/** Reads a pattern's source: see PatternFilter. Unknown syntax or flags give no filter. */
export function analysePattern(source: string, flags = ''): PatternFilter {
  if (/[iuv]/.test(flags)) return NO_FILTER;
  let at = 0;

  /** The parts of each alternative, up to the end of the pattern or of the group. */
  const parseBranches = (): Info[][] => {
    const branches = [parseItems()];
    while (source[at] === '|') {
      at++;
      branches.push(parseItems());
    }
    return branches;
  };
  const combine = (branches: Info[][]): Info => (branches.length === 1 ? sequence(branches[0]!) : alternation(branches.map(sequence)));

  const parseItems = (): Info[] => {
    const items: Info[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      // A run of plain characters is one item (most of a pattern's source), but for a last one a quantifier applies to.
      PLAIN_RUN.lastIndex = at;
      const run = PLAIN_RUN.exec(source)?.[0];
      if (run !== undefined && run.length > 1) {
        const quantifiedNext = '?*+{'.includes(source[at + run.length] ?? '');
        const whole = quantifiedNext ? run.slice(0, -1) : run;
        items.push(char(whole));
        at += whole.length;
        if (!quantifiedNext) continue;
      }
      items.push(quantified(parseAtom()));
    }
    return items;
  };

  /**
   * The literal choices in a sequence: `\b(?:a|b|c)\b` (each \b optional) whose
   * middle is pure literals, or a group of such alternatives; and whether they
   * are all of it.
   */
  const literalChoice = (items: Info[]): { choices: LiteralChoice[]; complete: boolean } => {
    let from = 0;
    let to = items.length;
    const boundaryBefore = items[0]?.boundary === true;
    if (boundaryBefore) from++;
    while (to > from && items[to - 1] === ALWAYS) to--;
    const boundaryAfter = to > from && items[to - 1]!.boundary === true;
    if (boundaryAfter) to--;
    while (to > from && items[to - 1] === ALWAYS) to--;
    const none = { choices: [], complete: false };
    if (to === from) return none;
    const group = to - from === 1 ? items[from]!.branches : undefined;
    if (group) {
      // A group of alternatives: the boundaries around the group apply to each.
      const inner = group.map(literalChoice);
      return {
        choices: inner.flatMap((c) => c.choices).map((c) => ({
          literals: c.literals,
          boundaryBefore: c.boundaryBefore || boundaryBefore,
          boundaryAfter: c.boundaryAfter || boundaryAfter,
        })),
        complete: inner.every((c) => c.complete),
      };
    }
    const core = sequence(items.slice(from, to));
    // Literals of any length will do here: the scan compares each where it starts, with its boundaries.
    if (!core.exact || !core.pure || core.exact.includes('')) return none;
    return { choices: [{ literals: core.exact, boundaryBefore, boundaryAfter }], complete: true };
  };

  const quantified = (atom: Info): Info => {
    QUANTIFIER.lastIndex = at;
    const q = QUANTIFIER.exec(source);
    if (!q) return atom;
    at += q[0].length;
    if (q[1] === '?') return repeat(atom, 0, 1);
    if (q[1] === '*') return repeat(atom, 0, Infinity);
    if (q[1] === '+') return repeat(atom, 1, Infinity);
    const min = Number(q[2]);
    const max = q[3] === undefined ? min : q[4] === '' ? Infinity : Number(q[4]);
    return repeat(atom, min, max);
  };

  const parseAtom = (): Info => {
    const ch = source[at]!;
    if (ch === '(') {
      GROUP_OPEN.lastIndex = at;
      const groupAt = at;
      const open = GROUP_OPEN.exec(source)![0];
      at += open.length;
      const branches = parseBranches();
      if (source[at] !== ')') throw new Unsupported();
      at++;
      // A lookaround matches no characters; what it looks for is not required of the match itself.
      if (source.startsWith('(?=)', groupAt)) return ALWAYS;
      return /^\(\?<?[=!]$/.test(open) ? ASSERTION : { ...combine(branches), branches };
    }
    if (ch === '[') return parseClass();
    if (ch === '\\') return parseEscape();
    at++;
    if (ch === '.') return ANY;
    if (ch === '^' || ch === '$') return ASSERTION;
    if (ch === '*' || ch === '+' || ch === '?') throw new Unsupported();
    return char(ch);
  };

  const parseEscape = (): Info => {
    const next = source[at + 1];
    if (next === undefined) throw new Unsupported();
    at += 2;
    if (next === 'b') return BOUNDARY;
    if (next === 'B') return ASSERTION;
    if ('dDwWsS'.includes(next)) return ANY;
    if (next === 'u' || next === 'x') {
      const digits = next === 'u' ? 4 : 2;
      const hex = source.slice(at, at + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) throw new Unsupported();
      at += digits;
      return char(String.fromCharCode(parseInt(hex, 16)));
    }
    if (next === 'k' || /[1-9]/.test(next)) {
      // A back-reference repeats whatever its group matched (possibly nothing).
      if (next === 'k') at = source.indexOf('>', at) + 1;
      else while (/\d/.test(source[at] ?? '')) at++;
      return ANY;
    }
    if (next === 'c') throw new Unsupported();
    return char(CHAR_ESCAPES[next] ?? next);
  };

  const parseClass = (): Info => {
    let end = at + 1;
    const negated = source[end] === '^';
    if (negated) end++;
    const chars: string[] = [];
    let expandable = !negated;
    while (end < source.length && source[end] !== ']') {
      let c = source[end]!;
      if (c === '\\') {
        const e = source[end + 1] ?? '';
        end += 2;
        if ('dDwWsSbBuxc'.includes(e)) {
          // Escapes that stand for many characters, or take more characters: not expanded.
          expandable = false;
          if (e === 'u') end += 4;
          if (e === 'x') end += 2;
          if (e === 'c') end += 1;
          continue;
        }
        c = CHAR_ESCAPES[e] ?? e;
      } else {
        end++;
      }
      if (source[end] === '-' && source[end + 1] !== ']' && end + 1 < source.length) {
        const hi = source[end + 1] === '\\' ? undefined : source[end + 1];
        end += hi === undefined ? 3 : 2;
        if (hi === undefined || hi.charCodeAt(0) - c.charCodeAt(0) > 10) expandable = false;
        else for (let code = c.charCodeAt(0); code <= hi.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
        continue;
      }
      chars.push(c);
    }
    if (source[end] !== ']') throw new Unsupported();
    at = end + 1;
    return expandable && chars.length > 0 && chars.length <= 16 ? { exact: dedupe(chars), clauses: [], pure: true } : ANY;
  };

  try {
    const branches = parseBranches();
    if (at !== source.length) return NO_FILTER;
    const top = combine(branches);
    const found = branches.map(literalChoice);
    const choice = found.flatMap((c) => c.choices);
    return {
      required: requirementsOf(top).map(withoutRedundant),
      choice: choice.length > 0 ? choice : null,
      complete: choice.length > 0 && found.every((c) => c.complete),
    };
  } catch (error) {
    if (error instanceof Unsupported) return NO_FILTER;
    throw error;
  }
}

/**
 * The requirement without literals that contain another of its literals
 * ("so sorry" goes when "sorry" is there: any text with the one has the
 * other). Fewer literals, same meaning; large sets are left as they are (the
 * check is quadratic).
 */
function withoutRedundant(required: string[]): string[] {
  if (required.length > 64) return required;
  const shortestFirst = [...required].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of shortestFirst) if (!kept.some((k) => literal.includes(k))) kept.push(literal);
  return required.filter((literal) => kept.includes(literal));
}

/** Sets of strings such that every match of the pattern contains one string of each set. */
export const requiredLiterals = (source: string, flags = ''): string[][] => analysePattern(source, flags).required;

/** A literal-choice pattern a literal longer than the trie is deep completes, compared in full where its first characters are found. */
interface LongChoice {
  id: number;
  boundaryBefore: boolean;
  boundaryAfter: boolean;
  literal: string;
}

/** Boundary needs of a literal choice, as a bit each: a choice is met when all its needs are. */
const NEEDS_BEFORE = 1;
const NEEDS_AFTER = 2;

/** Every registered pattern's id, by pattern object, and what is known of each by id. */
const ids = new WeakMap<RegExp, number>();
const filters: PatternFilter[] = [];
/** Per pattern id, the ids of its clauses (each clause of each pattern has its own id). */
const clauseIds: number[][] = [];
let clauseCount = 0;
const patternsById: RegExp[] = [];
/**
 * Per pattern id, how `test` can answer from the scan: ANSWERED when it has
 * literal choices and neither the g nor the y flag (no lastIndex to keep),
 * so a choice found means true; with COMPLETE as well, none found means false.
 */
const ANSWERED = 1;
const COMPLETE = 2;
const answerable: number[] = [];
/**
 * Each pattern's language, and the language patterns registered now get. A
 * text is scanned only for the literals of its own language's patterns; a
 * pattern of another language simply runs, so a wrong tag costs time, never a
 * result.
 */
const languageOf: string[] = [];
let registering = 'en';

/** Tags the patterns registered from now on (a language pack sets this while its modules load). */
export function setPatternLanguage(lang: string): void {
  registering = lang;
}

/** What a literal tells when it is found, while the index is being built: clauses it satisfies, literal choices it completes. */
interface LiteralEnd {
  clauses: number[];
  /** Literal-choice pattern ids by boundary needs (NEEDS_BEFORE | NEEDS_AFTER as the index). */
  choices: [number[], number[], number[], number[]];
  long: LongChoice[];
}

/**
 * What each literal end tells, numbered, in flat typed arrays: a scan marks
 * every literal it meets, and objects scattered over the heap made each mark
 * wait on memory (most of the scan's time).
 */
interface LiteralEnds {
  /** Clause ids end `e` satisfies: `clauseList[clauseFrom[e]]` up to `clauseList[clauseFrom[e + 1]]`. */
  clauseFrom: Int32Array;
  clauseList: Int32Array;
  /** Literal-choice pattern ids end `e` completes with boundary needs `n`: from `choiceFrom[4e + n]` up to `choiceFrom[4e + n + 1]`. */
  choiceFrom: Int32Array;
  choiceList: Int32Array;
  /** Per end, a bit `2 << n` for each boundary need `n` it has choices for (0: none). */
  choiceNeeds: Uint8Array;
  /** Literal choices longer than the trie, compared in full where the end is found (null for most ends). */
  long: Array<LongChoice[] | null>;
  /** Stamps of the whole text and of the last part that took each end's clauses, and which choice needs each has met there. */
  seenIn: Int32Array;
  seenInPart: Int32Array;
  metIn: Uint8Array;
  metInPart: Uint8Array;
}

/** A scan's answer for one text: which clauses hold, which literal-choice patterns match. */
interface Answer {
  clauses: Uint8Array;
  matches: Uint8Array;
}

/**
 * All registered literals as a trie over character codes below 256 (the
 * scorer's folded text is almost all Latin-1), at most TRIE_DEPTH characters
 * deep. A required literal longer than that is represented by its first
 * characters (a weaker but still sound requirement); a literal of a literal
 * choice is compared in full where its first characters are found. The
 * edges are one open-addressing hash table in a typed array, pairs of key
 * (`node * 256 + c`) and child node, so a scan step is a multiply and one
 * cache line. (A map per node, or a trie as deep as its longest literal, made
 * the scan wait on memory more than the pattern runs it saved.) Literals
 * with a character beyond U+00FF are few and found with `indexOf`.
 */
interface LiteralIndex {
  /** The node of each one-character literal (-1: none); only literal choices have such short literals. */
  singles: Int32Array;
  /** The node after a literal's first two characters, by `c0 << 8 | c1` (-1: no literal starts so). */
  pairs: Int32Array;
  /** Deeper edges: key at 2s (-1 for an empty slot), the child node it leads to at 2s + 1. */
  edges: Int32Array;
  /** Table size - 1 (the size is a power of two), and 32 - log2(size). */
  mask: number;
  shift: number;
  /** Per node: 1 + the number of the literal end there, or 0. */
  endAt: Int32Array;
  ends: LiteralEnds;
  /** Literals with a character beyond U+00FF, with their end numbers. */
  wide: Array<{ text: string; end: number }>;
  literalCount: number;
}

/** Fibonacci hashing: the high bits of the product, which every bit of the key reaches. */
const slotOf = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;

/** One literal index per language, built when a text in that language is first scanned. */
const indexes = new Map<string, LiteralIndex>();

/** Patterns registered but not read yet, with their language. */
const waiting: Array<{ re: RegExp; lang: string }> = [];

/**
 * Registers a pattern for prefiltering (the scorer's module-level patterns
 * are registered when `compact` builds them). Registering only notes the
 * pattern: reading it waits for the first utterance (or `preparePrefilter`),
 * so loading the scorer stays as quick as it was without a prefilter.
 * Patterns built per utterance should not be registered.
 */
export function registerPattern(re: RegExp): void {
  waiting.push({ re, lang: registering });
}

/**
 * Reads every pattern registered so far (about 0.2 s for both languages on a
 * slow machine). The first utterance scored does it if nothing did before; a
 * screen can call this when the browser is idle so that utterance is quick.
 */
export function preparePrefilter(): void {
  if (waiting.length === 0) return;
  for (const { re, lang } of waiting.splice(0)) analyseRegistered(re, lang);
  indexes.clear();
  scanned.clear();
  lastText = null;
}

function analyseRegistered(re: RegExp, lang: string): void {
  if (ids.has(re)) return;
  const filter = analysePattern(re.source, re.flags);
  const canAnswer = filter.choice !== null && !re.global && !re.sticky;
  if (filter.required.length === 0 && !canAnswer) return;
  ids.set(re, filters.length);
  // A literal choice that `test` cannot answer (it must keep lastIndex) only filters.
  filters.push(canAnswer ? filter : { ...filter, choice: null, complete: false });
  answerable.push(canAnswer ? ANSWERED | (filter.complete ? COMPLETE : 0) : 0);
  languageOf.push(lang);
  clauseIds.push(filter.required.map(() => clauseCount++));
  patternsById.push(re);
}

const emptyEnd = (): LiteralEnd => ({ clauses: [], choices: [[], [], [], []], long: [] });

/** Flattens the ends, numbered in the order given, into typed arrays. */
function flattenEnds(list: readonly LiteralEnd[]): LiteralEnds {
  const n = list.length;
  const clauseFrom = new Int32Array(n + 1);
  const choiceFrom = new Int32Array(4 * n + 1);
  const choiceNeeds = new Uint8Array(n);
  list.forEach((end, e) => {
    clauseFrom[e + 1] = clauseFrom[e]! + end.clauses.length;
    end.choices.forEach((ids, needs) => {
      choiceFrom[4 * e + needs + 1] = choiceFrom[4 * e + needs]! + ids.length;
      if (ids.length > 0) choiceNeeds[e]! |= 2 << needs;
    });
  });
  return {
    clauseFrom,
    clauseList: Int32Array.from(list.flatMap((end) => end.clauses)),
    choiceFrom,
    choiceList: Int32Array.from(list.flatMap((end) => end.choices.flat())),
    choiceNeeds,
    long: list.map((end) => (end.long.length > 0 ? end.long : null)),
    seenIn: new Int32Array(n),
    seenInPart: new Int32Array(n),
    metIn: new Uint8Array(n),
    metInPart: new Uint8Array(n),
  };
}

function buildIndex(lang: string): LiteralIndex {
  const singles = new Int32Array(256).fill(-1);
  const pairs = new Int32Array(65536).fill(-1);
  const edges = new Map<number, number>();
  let nodes = 0;
  const depthOf = (text: string) => Math.min(text.length, TRIE_DEPTH);
  const endOf = new Map<number, LiteralEnd>();
  const wide = new Map<string, LiteralEnd>();
  const literals = new Set<string>();
  /** What a literal tells is collected on its trie node, or its entry among the wide literals. */
  const endFor = (text: string): LiteralEnd => {
    literals.add(text);
    if (/[^\u0000-\u00ff]/.test(text)) {
      let entry = wide.get(text);
      if (!entry) wide.set(text, (entry = emptyEnd()));
      return entry;
    }
    let node: number;
    if (text.length === 1) {
      node = singles[text.charCodeAt(0)]!;
      if (node === -1) singles[text.charCodeAt(0)] = node = nodes++;
    } else {
      const pair = (text.charCodeAt(0) << 8) | text.charCodeAt(1);
      node = pairs[pair]!;
      if (node === -1) pairs[pair] = node = nodes++;
    }
    for (let i = 2; i < depthOf(text); i++) {
      const key = node * 256 + text.charCodeAt(i);
      let child = edges.get(key);
      if (child === undefined) edges.set(key, (child = nodes++));
      node = child;
    }
    let end = endOf.get(node);
    if (!end) endOf.set(node, (end = emptyEnd()));
    return end;
  };
  filters.forEach(({ required, choice }, id) => {
    if (languageOf[id] !== lang) return;
    required.forEach((clause, k) => {
      for (const text of clause) endFor(text).clauses.push(clauseIds[id]![k]!);
    });
    for (const { literals: texts, boundaryBefore, boundaryAfter } of choice ?? []) {
      for (const text of texts) {
        const end = endFor(text);
        if (text.length > depthOf(text)) end.long.push({ id, boundaryBefore, boundaryAfter, literal: text });
        else end.choices[(boundaryBefore ? NEEDS_BEFORE : 0) | (boundaryAfter ? NEEDS_AFTER : 0)]!.push(id);
      }
    }
  });
  // A table at most half full keeps probe runs short.
  let size = 1024;
  let shift = 22;
  while (size < edges.size * 2) {
    size *= 2;
    shift--;
  }
  const mask = size - 1;
  const table = new Int32Array(size * 2).fill(-1);
  for (const [key, child] of edges) {
    let slot = slotOf(key, shift);
    while (table[2 * slot] !== -1) slot = (slot + 1) & mask;
    table[2 * slot] = key;
    table[2 * slot + 1] = child;
  }
  const endAt = new Int32Array(nodes);
  const ends: LiteralEnd[] = [];
  for (const [node, end] of endOf) endAt[node] = ends.push(end);
  const wideEnds = [...wide].map(([text, end]) => ({ text, end: ends.push(end) - 1 }));
  return { singles, pairs, edges: table, mask, shift, endAt, ends: flattenEnds(ends), wide: wideEnds, literalCount: literals.size };
}

/**
 * The texts the prefilter answers for: the folded text of each current
 * utterance and its sentences, which every detector reads. One scan of an
 * utterance's folded text answers for it and for each of its sentences (an
 * occurrence counts for the sentence it lies within). A scan's answer depends
 * only on the text it answers for, so texts shared by several utterances
 * share one. Any other string (a slice a detector makes on the fly) is not
 * scanned: one pattern run on it is cheaper than a scan.
 */
const scanned = new Map<string, Answer | null>();
/** An utterance waiting to be scanned until a pattern first asks about one of its texts. */
interface PendingDocument {
  text: string;
  parts: Array<{ text: string; start: number }>;
}
/** The utterance to scan for each text not answered yet. */
const pending = new Map<string, PendingDocument>();
/** The language of the texts answered for now. */
let scannedLanguage = 'en';
let enabled = true;

/** One utterance's folded text and its sentences, for `prefilterDocuments`. */
export interface PrefilterDocument {
  text: string;
  parts: ReadonlyArray<{ text: string; start: number }>;
}

/**
 * Makes the texts of `documents` (each a folded text and its `parts`:
 * substrings at `start`, in order, not overlapping), all in language `lang`,
 * eligible for prefiltering, and no other strings. Bulk scoring passes a
 * block of utterances so each detector can run over all of them in turn.
 */
export function prefilterDocuments(documents: readonly PrefilterDocument[], lang: string): void {
  preparePrefilter();
  scanned.clear();
  pending.clear();
  lastText = null;
  answersInUse = 0;
  scannedLanguage = lang;
  if (!enabled) return;
  for (const { text, parts } of documents) {
    // A part that is not where it says, or out of order, would get another text's answer: leave it out.
    let after = 0;
    const placed = parts.filter((p) => {
      if (p.start < after || !text.startsWith(p.text, p.start)) return false;
      after = p.start + p.text.length;
      return true;
    });
    const document: PendingDocument = { text, parts: placed };
    for (const t of [text, ...placed.map((p) => p.text)]) {
      if (scanned.has(t)) continue;
      scanned.set(t, null);
      pending.set(t, document);
    }
  }
}

/** `prefilterDocuments` for one utterance: what scoring a single answer uses. */
export function prefilterDocument(text: string, parts: ReadonlyArray<{ text: string; start: number }>, lang: string): void {
  prefilterDocuments([{ text, parts }], lang);
}

/** Turns the prefilter off or on, for the benchmark and the test that compares scores both ways. */
export function setPrefilterEnabled(on: boolean): void {
  enabled = on;
  scanned.clear();
  pending.clear();
  lastText = null;
}

/** A word character as \b sees it without the u or i flag, for position `i` of a text that spans `lo`..`hi` of `doc`. */
function isWordIn(doc: string, i: number, lo: number, hi: number): boolean {
  if (i < lo || i >= hi) return false;
  const c = doc.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** One text being answered for during a scan: where it lies in the scanned text. */
interface Target {
  answer: Answer;
  lo: number;
  hi: number;
  /** Stamp of this target, so each literal's clauses are applied once per target. */
  stamp: number;
  whole: boolean;
}

let stamps = 0;

/**
 * Answers are reused from one utterance to the next (they hold only for the
 * current one): scoring a quarter of a million answers in bulk otherwise
 * allocates gigabytes of short-lived arrays.
 */
const answerPool: Answer[] = [];
let answersInUse = 0;

function newAnswer(): Answer {
  let answer = answerPool[answersInUse];
  if (answer === undefined || answer.clauses.length !== clauseCount || answer.matches.length !== filters.length) {
    answer = { clauses: new Uint8Array(clauseCount), matches: new Uint8Array(filters.length) };
    answerPool[answersInUse] = answer;
  } else {
    answer.clauses.fill(0);
    answer.matches.fill(0);
  }
  answersInUse++;
  return answer;
}

/** Records, for `target`, one occurrence of literal end `e` at `from`..`to` (exclusive) of `doc`. */
function mark(target: Target, doc: string, from: number, to: number, e: number, ends: LiteralEnds): void {
  if (from < target.lo || to > target.hi) return;
  const { lo, hi, whole, answer } = target;
  const seen = whole ? ends.seenIn : ends.seenInPart;
  const metIn = whole ? ends.metIn : ends.metInPart;
  // `met`: which boundary needs this end's choices have met in this text (bit 2 << n: needs n met).
  let met = 0;
  if (seen[e] !== target.stamp) {
    seen[e] = target.stamp;
    const { clauseList, clauseFrom } = ends;
    for (let k = clauseFrom[e]!, stop = clauseFrom[e + 1]!; k < stop; k++) answer.clauses[clauseList[k]!] = 1;
  } else {
    met = metIn[e]!;
  }
  const needs = ends.choiceNeeds[e]!;
  const long = ends.long[e]!;
  if ((needs & ~met) === 0 && long === null) return;
  const before = isWordIn(doc, from - 1, lo, hi) !== isWordIn(doc, from, lo, hi);
  if ((needs & ~met) !== 0) {
    const after = isWordIn(doc, to - 1, lo, hi) !== isWordIn(doc, to, lo, hi);
    const { choiceList, choiceFrom } = ends;
    for (let n = 0; n < 4; n++) {
      const bit = 2 << n;
      if ((needs & ~met & bit) === 0) continue;
      if ((n & NEEDS_BEFORE && !before) || (n & NEEDS_AFTER && !after)) continue;
      met |= bit;
      for (let k = choiceFrom[4 * e + n]!, stop = choiceFrom[4 * e + n + 1]!; k < stop; k++) answer.matches[choiceList[k]!] = 1;
    }
    metIn[e] = met;
  }
  if (long === null) return;
  for (const c of long) {
    const stop = from + c.literal.length;
    if (stop > hi || !doc.startsWith(c.literal, from)) continue;
    const after = isWordIn(doc, stop - 1, lo, hi) !== isWordIn(doc, stop, lo, hi);
    if ((before || !c.boundaryBefore) && (after || !c.boundaryAfter)) answer.matches[c.id] = 1;
  }
}

/**
 * Scans one pending utterance once for every registered literal, answering
 * for its texts that have no answer yet (a text it shares with an utterance
 * scanned before already has one).
 */
function scanDocument({ text, parts }: PendingDocument): void {
  // Stamps only need to differ from the ones left in the arrays: start again long before they overflow.
  if (stamps > 0x3fff0000) {
    stamps = 0;
    for (const { ends } of indexes.values()) {
      ends.seenIn.fill(0);
      ends.seenInPart.fill(0);
    }
  }
  let index = indexes.get(scannedLanguage);
  if (!index) indexes.set(scannedLanguage, (index = buildIndex(scannedLanguage)));
  const { singles, pairs, edges, mask, shift, endAt, ends, wide } = index;
  const owed = (t: string) => scanned.get(t) === null;
  const whole: Target | null = owed(text) ? { answer: newAnswer(), lo: 0, hi: text.length, stamp: ++stamps, whole: true } : null;
  // Parts with the same text share one answer: their literals are the same.
  const byText = new Map<string, Answer>();
  if (whole) byText.set(text, whole.answer);
  const targets: Target[] = [];
  for (const p of parts) {
    // A one-sentence utterance: the whole text's marks already answer for its only part.
    if (whole && p.start === 0 && p.text === text) continue;
    if (!byText.has(p.text) && !owed(p.text)) continue;
    let answer = byText.get(p.text);
    if (!answer) byText.set(p.text, (answer = newAnswer()));
    targets.push({ answer, lo: p.start, hi: p.start + p.text.length, stamp: ++stamps, whole: false });
  }
  for (const [t, answer] of byText) {
    scanned.set(t, answer);
    pending.delete(t);
  }
  let k = 0;
  const record = (from: number, to: number, e: number) => {
    if (whole) mark(whole, text, from, to, e, ends);
    // Occurrences come in order of where they start; the part holding this one, if any.
    while (k < targets.length && targets[k]!.hi <= from) k++;
    const target = targets[k];
    if (target !== undefined && target.lo <= from) mark(target, text, from, to, e, ends);
  };
  const length = text.length;
  let second = text.charCodeAt(0);
  for (let i = 0; i < length; i++) {
    const first = second;
    second = text.charCodeAt(i + 1); // NaN past the end
    if (first > 255) continue;
    const single = singles[first]!;
    if (single !== -1 && endAt[single] !== 0) record(i, i + 1, endAt[single]! - 1);
    if (!(second <= 255)) continue;
    let node = pairs[(first << 8) | second]!;
    if (node !== -1 && endAt[node] !== 0) record(i, i + 2, endAt[node]! - 1);
    const stop = Math.min(length, i + TRIE_DEPTH);
    for (let j = i + 2; node !== -1 && j < stop; j++) {
      const code = text.charCodeAt(j);
      if (code > 255) break;
      const key = node * 256 + code;
      let slot = slotOf(key, shift);
      while (edges[2 * slot] !== key && edges[2 * slot] !== -1) slot = (slot + 1) & mask;
      if (edges[2 * slot] === -1) break;
      node = edges[2 * slot + 1]!;
      const end = endAt[node]!;
      if (end !== 0) record(i, j + 1, end - 1);
    }
  }
  for (const literal of wide) {
    for (let at = text.indexOf(literal.text); at !== -1; at = text.indexOf(literal.text, at + 1)) {
      const to = at + literal.text.length;
      if (whole) mark(whole, text, at, to, literal.end, ends);
      for (const target of targets) if (target.lo <= at && to <= target.hi) mark(target, text, at, to, literal.end, ends);
    }
  }
}

/** The last text asked about and its answer: detectors ask about the same sentence many times in a row. */
let lastText: string | null = null;
let lastAnswer: Answer | undefined;

/** The scan's answer for `text`, or undefined when `text` is not one the prefilter answers for. */
function answerFor(text: string): Answer | undefined {
  if (text === lastText) return lastAnswer;
  let answer = scanned.get(text);
  if (answer === null) {
    scanDocument(pending.get(text)!);
    answer = scanned.get(text)!;
  }
  lastText = text;
  lastAnswer = answer;
  return answer;
}

/** Whether every clause of pattern `id` has a literal in the text. */
function holds(answer: Answer, id: number): boolean {
  for (const clause of clauseIds[id]!) if (answer.clauses[clause] === 0) return false;
  return true;
}

/** False only when `re` certainly has no match in `text`. */
export function mayMatch(re: RegExp, text: string): boolean {
  const id = ids.get(re);
  if (id === undefined || languageOf[id] !== scannedLanguage) return true;
  const answer = answerFor(text);
  return answer === undefined || holds(answer, id);
}

/** `re.test(text)`, without running `re` when the literal scan already knows (lastIndex ends as the test would leave it). */
export function test(re: RegExp, text: string): boolean {
  const id = ids.get(re);
  const answer = id === undefined || languageOf[id] !== scannedLanguage ? undefined : answerFor(text);
  if (answer === undefined) return re.test(text);
  const can = answerable[id!]!;
  if (can & ANSWERED) {
    if (answer.matches[id!] === 1) return true;
    if (can & COMPLETE) return false;
  }
  if (holds(answer, id!)) return re.test(text);
  if (re.global || re.sticky) re.lastIndex = 0;
  return false;
}

/** `re.exec(text)`, skipped when the prefilter proves there is no match. */
export function exec(re: RegExp, text: string): RegExpExecArray | null {
  if (mayMatch(re, text)) return re.exec(text);
  if (re.global || re.sticky) re.lastIndex = 0;
  return null;
}

/** Every pattern the prefilter answers for, so a test can check it against the pattern itself. */
export function prefilteredPatterns(): readonly RegExp[] {
  preparePrefilter();
  return patternsById;
}

/** Figures for the benchmark: patterns prefiltered, of which answered outright, over how many distinct literals. */
export function prefilterStats(lang = 'en'): { patterns: number; answered: number; literals: number } {
  preparePrefilter();
  const index = buildIndex(lang);
  const own = filters.filter((_, id) => languageOf[id] === lang);
  return { patterns: own.length, answered: own.filter((f) => f.complete).length, literals: index.literalCount };
}
