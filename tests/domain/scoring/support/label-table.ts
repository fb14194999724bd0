import { describe, expect, it } from 'vitest';
import type { LabelId } from '../../../../src/domain/scoring/labels.ts';
import { score } from '../../../../src/domain/scoring/scorer.ts';

interface LabelTable {
  yes: readonly string[];
  no: readonly string[];
  /** A longer turn whose evidence for the label must contain `phrase`, not the whole turn. */
  evidence: { text: string; phrase: string };
}

/** The table-driven tests every label shares: yes cases, near-miss no cases, and the evidence span. */
export function describeLabel(label: LabelId, { yes, no, evidence }: LabelTable): void {
  describe(label, () => {
    it.each(yes)('finds it in %j', (text) => {
      expect(score({ text }).labels).toContain(label);
    });

    it.each(no)('does not find it in %j', (text) => {
      expect(score({ text }).labels).not.toContain(label);
    });

    it('reports the phrase that shows it, with a reason', () => {
      const { text, phrase } = evidence;
      const result = score({ text, callerName: 'Dr. Patel' });
      const ev = result.evidence.filter((e) => e.label === label);
      expect(ev.length).toBeGreaterThan(0);
      expect(ev.some((e) => text.slice(e.start, e.end).toLowerCase().includes(phrase))).toBe(true);
      expect(ev.every((e) => e.end - e.start < text.length || text.length < 60)).toBe(true);
      expect(ev[0]!.reason.length).toBeGreaterThan(20);
    });
  });
}
