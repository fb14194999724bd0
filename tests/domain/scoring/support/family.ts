import { describe, expect, it } from 'vitest';
import type { LabelId } from '../../../../src/domain/scoring/labels.ts';
import { score } from '../../../../src/domain/scoring/scorer.ts';

/** One kind of phrasing for a label: wordings that carry it, and near-misses that share its words but do not. */
export function family(name: string, label: LabelId, yes: readonly string[], no: readonly string[]): void {
  describe(`${label}: ${name}`, () => {
    it.each(yes)('finds it in %j', (text) => {
      expect(score({ text }).labels).toContain(label);
    });
    if (no.length > 0) {
      it.each(no)('does not find it in %j', (text) => {
        expect(score({ text }).labels).not.toContain(label);
      });
    }
  });
}
