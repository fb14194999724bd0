import type { Doc } from '../text.ts';

/** One sentence of the Spanish view, at the same offsets as the original. */
export interface EsSentence {
  /** Folded text with ñ read as n, so `\b` works inside words like "señora" or "año". */
  text: string;
  /** The same span lowercased with its accents kept ("cambié" vs "cambie"). */
  accented: string;
  start: number;
}

export interface EsView {
  text: string;
  accented: string;
  sentences: EsSentence[];
}

// Folding keeps ñ, which a JavaScript `\b` treats as a word break ("año" would end after "a"); n keeps the word whole.
const toN = (s: string): string => s.replace(/ñ/g, 'n');

const cache = new WeakMap<Doc, EsView>();

/**
 * The Spanish detectors' view of a document: the scorer's folded text (accents
 * off, lowercase) with ñ as n, and a lowercase copy with accents kept, so a
 * detector can tell "cambié" (I changed) from "cambie" (change, a request)
 * when the trainee typed the accent. Every character stays at its offset.
 */
export function esView(doc: Doc): EsView {
  const hit = cache.get(doc);
  if (hit) return hit;
  const text = toN(doc.folded);
  let accented = doc.original.toLowerCase();
  if (accented.length !== text.length) accented = text;
  const sentences = doc.sentences.map((s) => ({
    text: text.slice(s.start, s.start + s.text.length),
    accented: accented.slice(s.start, s.start + s.text.length),
    start: s.start,
  }));
  const view = { text, accented, sentences };
  cache.set(doc, view);
  return view;
}

/**
 * Sentences joined with the next one (when both fit in 480 characters), for
 * the labels whose two halves often sit in two sentences ("Hold on. Or shall I
 * call you back?"; "Your words are offensive. If you go on, I will hang up.").
 */
export function pairs(view: EsView): EsSentence[] {
  const out: EsSentence[] = [];
  const s = view.sentences;
  for (let i = 0; i < s.length; i++) {
    const a = s[i]!;
    const b = s[i + 1];
    if (b && b.start + b.text.length - a.start <= 480) {
      const end = b.start + b.text.length;
      out.push({ text: view.text.slice(a.start, end), accented: view.accented.slice(a.start, end), start: a.start });
    } else {
      out.push(a);
    }
  }
  return out;
}
