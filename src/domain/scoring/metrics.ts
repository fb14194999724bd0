import { FAULT_LABELS, LABELS, type LabelId } from './labels.ts';

export interface LabelMetrics {
  label: LabelId;
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AccuracyReport {
  perLabel: LabelMetrics[];
  macroF1: number;
  /** Share of utterances flagged with at least one fault they do not contain. */
  faultFalsePositiveRate: number;
  utterances: number;
}

export interface Judged {
  gold: readonly string[];
  predicted: readonly string[];
}

const ratio = (num: number, den: number, empty: number): number => (den === 0 ? empty : num / den);

/** Per-label precision/recall/F1, macro-F1 and the fault false-positive rate of predictions against gold labels. */
export function measureAccuracy(items: readonly Judged[], labels: readonly LabelId[] = LABELS): AccuracyReport {
  const perLabel: LabelMetrics[] = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, predicted } of items) {
      const g = gold.includes(label);
      const p = predicted.includes(label);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = ratio(tp, tp + fp, 1);
    const recall = ratio(tp, tp + fn, 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, support: tp + fn, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
  });
  const scored = perLabel.filter((m) => m.support > 0 || m.falsePositives > 0);
  const macroF1 = ratio(scored.reduce((sum, m) => sum + m.f1, 0), scored.length, 1);
  const faults: readonly string[] = FAULT_LABELS;
  const wronglyFlagged = items.filter(({ gold, predicted }) =>
    predicted.some((l) => faults.includes(l) && !gold.includes(l)),
  ).length;
  return { perLabel, macroF1, faultFalsePositiveRate: ratio(wronglyFlagged, items.length, 0), utterances: items.length };
}
