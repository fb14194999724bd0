import type { Detector, Hit } from '../detector.ts';
import { fold, type Doc, matchesIn } from '../text.ts';
import { compact } from '../patterns.ts';
import { test } from '../prefilter.ts';

type Gender = 'm' | 'f' | 'dr' | 'any';

// Titles as typed (folded, period optional) and whom they can name.
const TITLES: Record<string, Gender> = {
  mr: 'm', mister: 'm', sir: 'm', sr: 'm', senor: 'm', 'señor': 'm', don: 'm',
  mrs: 'f', ms: 'f', miss: 'f', mz: 'f', madam: 'f', madame: 'f', mme: 'f', sra: 'f', srta: 'f', senora: 'f', 'señora': 'f', senorita: 'f', 'señorita': 'f', dona: 'f', 'doña': 'f',
  dr: 'dr', doctor: 'dr', dra: 'dr', doctora: 'dr', prof: 'dr', professor: 'dr',
};
const TITLE_ALT = Object.keys(TITLES).sort((a, b) => b.length - a.length).join('|');

// First names that are also everyday words only count in a vocative position ("Will, I'm sorry").
const WORDLIKE = new Set([
  'will', 'bill', 'mark', 'grace', 'hope', 'joy', 'faith', 'dawn', 'rose', 'may', 'june', 'april', 'sue', 'pat', 'art',
  'frank', 'jack', 'rich', 'sunny', 'summer', 'autumn', 'ray', 'chase', 'guy', 'max', 'rob', 'don', 'ben', 'gene', 'penny',
  'sandy', 'lily', 'iris', 'holly', 'ivy', 'amber', 'crystal', 'angel', 'carol', 'drew', 'bob', 'wade', 'lee', 'long',
]);

interface ParsedName {
  gender: Gender | null;
  first: string | null;
  surname: string | null;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parseName(callerName: string): ParsedName {
  const parts = fold(callerName).replace(/[.,]/g, ' ').split(/\s+/).filter((p) => p !== '');
  let gender: Gender | null = null;
  // A bare title ("Dr.") names nobody.
  if (parts.length === 1 && TITLES[parts[0]!] !== undefined) return { gender: null, first: null, surname: null };
  if (parts.length > 1 && TITLES[parts[0]!] !== undefined) gender = TITLES[parts.shift()!]!;
  if (parts.length === 0) return { gender, first: null, surname: null };
  if (gender !== null) {
    // "Dr. Maria Lopez": a title with both names.
    return parts.length === 1
      ? { gender, first: null, surname: parts[0]! }
      : { gender, first: parts[0]!, surname: parts[parts.length - 1]! };
  }
  return parts.length === 1
    ? { gender: null, first: parts[0]!, surname: null }
    : { gender: null, first: parts[0]!, surname: parts[parts.length - 1]! };
}

/** Whether a title the agent used can name the caller (Mr. for Mrs. Jones names someone else). */
function titleFits(used: Gender, caller: Gender | null): boolean {
  if (caller === null || caller === 'dr') return true;
  if (used === 'dr') return false;
  return used === caller || used === 'any';
}

interface Compiled {
  titled: RegExp | null;
  first: RegExp | null;
  firstVocative: boolean;
  parsed: ParsedName;
}

// A class practises with a handful of callers; keep their compiled patterns.
const cache = new Map<string, Compiled>();

function compile(callerName: string): Compiled {
  const hit = cache.get(callerName);
  if (hit !== undefined) return hit;
  if (cache.size >= 64) cache.clear();
  const parsed = parseName(callerName);
  const titled = parsed.surname && parsed.surname.length > 1
    ? new RegExp(`\\b(${TITLE_ALT})\\.?\\s+(?:([a-z]+)\\.?\\s+)?${esc(parsed.surname)}\\b`, 'g')
    : null;
  const first = parsed.first && parsed.first.length > 1 ? new RegExp(`\\b${esc(parsed.first)}\\b`, 'g') : null;
  const compiled = { titled, first, firstVocative: parsed.first !== null && WORDLIKE.has(parsed.first), parsed };
  cache.set(callerName, compiled);
  return compiled;
}

// A first name is addressed when it opens or closes a clause, or follows a greeting/thanks.
const VOCATIVE_BEFORE = compact(/(?:^|[,;:.!?-]\s*|\b(?:hi|hello|hey|thanks|thank you|sorry|okay|ok|well|look|yes|no|sure)[,]?\s+)$/);
const VOCATIVE_AFTER = /^(?:\s*[,;:.!?-]|\s*$)/;

/** `use-name`: addresses the caller by their name from the context (title + surname, or first name). */
export const useName: Detector = {
  label: 'use-name',
  reasons: {
    en: {
      default: "Using the caller's name tells them you see them as a person, not a ticket (workbook: use their name when speaking to them).",
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.callerName === undefined) return [];
    const c = compile(doc.callerName);
    const { parsed } = c;
    const hits: Hit[] = [];
    for (const s of doc.sentences) {
      if (c.titled) {
        for (const m of matchesIn(s.text, c.titled)) {
          const used = TITLES[m[1]!]!;
          const given = m[2];
          if (!titleFits(used, parsed.gender)) continue;
          // "Mrs. Ann Jones" names the caller only if Ann is her first name.
          if (given !== undefined && parsed.first !== null && given !== parsed.first) continue;
          if (given !== undefined && parsed.first === null && TITLES[given] === undefined) continue;
          // "Mrs. Jones's husband" talks about someone of hers, not to her.
          if (/^'s?\b/.test(s.text.slice(m.index + m[0].length))) continue;
          hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
        }
      }
      if (c.first) {
        for (const m of matchesIn(s.text, c.first)) {
          const before = s.text.slice(Math.max(0, m.index - 24), m.index);
          const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
          // A title right before the first name ("Mr. Tom") is part of the titled match; another surname after it names someone else.
          if (parsed.surname !== null) {
            const next = /^\s+([a-z][a-z'-]*)/.exec(s.text.slice(m.index + m[0].length));
            if (next && next[1] !== parsed.surname && /^[A-Z]/.test(doc.original.slice(s.start + m.index + m[0].length + next[0].length - next[1]!.length))) continue;
          }
          // "Will you hold?" opens a question; a word-like name needs a comma after it or a greeting/comma before it.
          if (c.firstVocative && !(test(VOCATIVE_AFTER, after) || (test(VOCATIVE_BEFORE, before) && before.trim() !== ''))) continue;
          hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
        }
      }
    }
    return hits;
  },
};
