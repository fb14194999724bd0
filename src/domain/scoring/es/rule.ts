import { dropOverlapping, type Detector, type Hit, type Reasons } from '../detector.ts';
import type { LabelId } from '../labels.ts';
import { compact } from '../patterns.ts';
import { matchesIn, type Doc } from '../text.ts';
import { esView, pairs, type EsSentence, type EsView } from './view.ts';

/** What a rule's check sees about one match. */
export interface MatchContext {
  sentence: EsSentence;
  match: RegExpExecArray;
  /** Offset of the evidence inside the sentence. */
  from: number;
  /** The evidence text (folded). */
  evidence: string;
  /** Up to 60 folded characters before the evidence, within the sentence. */
  before: string;
  /** The rest of the sentence after the evidence. */
  after: string;
  view: EsView;
  doc: Doc;
}

export interface Rule {
  /** A global pattern on the folded sentence; a named group `ev` narrows the evidence. */
  re: RegExp;
  /** Key into the detector's reasons. */
  reason?: string;
  /** False drops the match (a near-miss the pattern alone cannot tell). */
  keep?: (ctx: MatchContext) => boolean;
}

export interface RuleDetectorSpec {
  label: LabelId;
  reasons: NonNullable<Reasons['es']>;
  /** Cheap test on the whole folded text; most utterances stop here. */
  gate: RegExp;
  rules: Rule[];
  /** Match across a sentence and the next one. */
  twoSentences?: boolean;
  /** False drops every hit of the utterance (a context that rules the label out). */
  veto?: (view: EsView, doc: Doc) => boolean;
}

/** Builds a detector from patterns and checks, so each label file stays about its Spanish phrasing. */
export function ruleDetector(spec: RuleDetectorSpec): Detector {
  // Same matches, far less compiled code: keeps both languages' patterns under V8's optimizing limit (patterns.ts, compact).
  spec = { ...spec, gate: compact(spec.gate), rules: spec.rules.map((r) => ({ ...r, re: compact(r.re) })) };
  return {
    label: spec.label,
    reasons: { es: spec.reasons },
    detect(doc: Doc): Hit[] {
      const view = esView(doc);
      spec.gate.lastIndex = 0;
      if (!spec.gate.test(view.text)) return [];
      if (spec.veto && !spec.veto(view, doc)) return [];
      const hits: Hit[] = [];
      const units = spec.twoSentences ? pairs(view) : view.sentences;
      for (const s of units) {
        for (const rule of spec.rules) {
          for (const m of matchesIn(s.text, rule.re)) {
            const ev = m.groups?.ev ?? m[0];
            const offset = m.groups?.ev !== undefined ? m[0].indexOf(ev) : 0;
            const from = m.index + Math.max(0, offset);
            const trimmed = ev.replace(/[\s,;:.!?¿¡-]+$/, '').replace(/^[\s¿¡]+/, '');
            const lead = ev.length - ev.replace(/^[\s¿¡]+/, '').length;
            if (trimmed === '') continue;
            const ctx: MatchContext = {
              sentence: s,
              match: m,
              from: from + lead,
              evidence: trimmed,
              before: s.text.slice(Math.max(0, from + lead - 60), from + lead),
              after: s.text.slice(from + lead + trimmed.length),
              view,
              doc,
            };
            if (rule.keep && !rule.keep(ctx)) continue;
            const hit: Hit = { start: s.start + from + lead, end: s.start + from + lead + trimmed.length };
            if (rule.reason) hit.reason = rule.reason;
            hits.push(hit);
          }
        }
      }
      return dropOverlapping(hits);
    },
  };
}

/** Compiles a global, reusable pattern from a source string. */
export const re = (source: string): RegExp => new RegExp(source, 'g');

/** Up to `n` words between two parts of a pattern (bounded, so no runaway backtracking). */
export const gap = (n: number): string => `[,;:.!?)]*(?:\\s+\\S+){0,${n}}?\\s+`;

/** Up to `n` words, but not across a clause break. */
export const near = (n: number): string => `(?:\\s+[^\\s,;:]+){0,${n}}?\\s+`;

/** True when the accented text at the evidence's last letter carries an accent ("cambié", "corregí"). */
export function accentedEnd(ctx: MatchContext, word: string): boolean {
  const at = ctx.evidence.lastIndexOf(word);
  if (at < 0) return false;
  const ch = ctx.sentence.accented[ctx.from + at + word.length - 1];
  return ch !== undefined && /[áéíóú]/.test(ch);
}
