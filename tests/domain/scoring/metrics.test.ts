import { describe, expect, it } from 'vitest';
import { measureAccuracy } from '../../../src/domain/scoring/metrics.ts';

describe('measureAccuracy', () => {
  it('computes precision, recall and F1 per label and the fault false-positive rate', () => {
    const report = measureAccuracy(
      [
        { gold: ['excuse'], predicted: ['excuse'] },
        { gold: ['excuse', 'thank'], predicted: ['thank'] },
        { gold: [], predicted: ['excuse'] },
        { gold: ['thank'], predicted: ['thank', 'hostile'] },
      ],
      ['excuse', 'thank', 'hostile'],
    );
    const excuse = report.perLabel.find((m) => m.label === 'excuse')!;
    expect(excuse).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    const thank = report.perLabel.find((m) => m.label === 'thank')!;
    expect(thank.f1).toBe(1);
    const hostile = report.perLabel.find((m) => m.label === 'hostile')!;
    expect(hostile.f1).toBe(0);
    expect(report.macroF1).toBeCloseTo((0.5 + 1 + 0) / 3);
    // Two of four utterances were flagged with a fault they do not contain.
    expect(report.faultFalsePositiveRate).toBe(0.5);
  });
});
