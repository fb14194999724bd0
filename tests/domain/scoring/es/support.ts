import { describe, expect, it } from 'vitest';
import '../../../../src/domain/scoring/es/register.ts';
import type { LabelId } from '../../../../src/domain/scoring/labels.ts';
import { score } from '../../../../src/domain/scoring/scorer.ts';

interface EsLabelTable {
  yes: readonly string[];
  no: readonly string[];
  /** A longer turn whose evidence for the label must contain `phrase` (folded: lowercase), not the whole turn. */
  evidence: { text: string; phrase: string };
}

/** Spanish yes cases, near-miss no cases, and the evidence span with a Spanish reason. */
export function describeEsLabel(label: LabelId, { yes, no, evidence }: EsLabelTable): void {
  describe(`${label} (es)`, () => {
    it.each(yes)('finds it in %j', (text) => {
      expect(score({ text, lang: 'es' }).labels).toContain(label);
    });

    it.each(no)('does not find it in %j', (text) => {
      expect(score({ text, lang: 'es' }).labels).not.toContain(label);
    });

    it('reports the phrase that shows it, with a Spanish reason', () => {
      const { text, phrase } = evidence;
      const result = score({ text, lang: 'es', callerName: 'Sra. Vega' });
      const ev = result.evidence.filter((e) => e.label === label);
      expect(ev.length).toBeGreaterThan(0);
      expect(ev.some((e) => text.slice(e.start, e.end).toLowerCase().includes(phrase))).toBe(true);
      expect(ev.every((e) => e.end - e.start < text.length)).toBe(true);
      // Spanish reasons, not the English ones.
      expect(ev[0]!.reason).toMatch(/[áéíóúñ¿]|\b(?:el|la|que|de|con|su)\b/);
      expect(ev[0]!.reason).not.toMatch(/\b(?:the|you|your)\b/);
    });
  });
}
