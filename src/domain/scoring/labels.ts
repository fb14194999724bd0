/** The rulebook's label ids (shared/rulebook.md), used verbatim everywhere. */
export const FAULT_LABELS = [
  'we-never',
  'excuse',
  'jargon',
  'defensive',
  'condescending',
  'dismissive',
  'hostile',
  'vague-timeframe',
  'admit-fault',
] as const;

export const TECHNIQUE_LABELS = [
  'acknowledge',
  'empathize',
  'reassure',
  'use-name',
  'rephrase',
  'probing-question',
  'research',
  'hold-or-callback',
  'callback-time',
  'verify-number',
  'action-statement',
  'soft-words',
  'polite-interrupt',
  'boundary',
  'offer-transfer',
  'offer-options',
  'summarize',
  'written-confirmation',
  'thank',
  'follow-up',
  'compromise',
  'cost-saving',
  'protect-privacy',
] as const;

export const LABELS = [...FAULT_LABELS, ...TECHNIQUE_LABELS] as const;

export type FaultLabel = (typeof FAULT_LABELS)[number];
export type TechniqueLabel = (typeof TECHNIQUE_LABELS)[number];
export type LabelId = (typeof LABELS)[number];

/**
 * `admit-fault` sits in the faults table but is neutral by itself: a scenario
 * step decides whether it is premature (facts not in) or expected (error clear).
 */
export const ALWAYS_FAULTS: readonly LabelId[] = FAULT_LABELS.filter((l) => l !== 'admit-fault');

const labelSet: ReadonlySet<string> = new Set(LABELS);

/** True when `value` is one of the rulebook's label ids. */
export function isLabelId(value: string): value is LabelId {
  return labelSet.has(value);
}

/** True for the labels the workbook says never to do, wherever they appear. */
export function isAlwaysFault(label: LabelId): boolean {
  return ALWAYS_FAULTS.includes(label);
}
