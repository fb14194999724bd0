import { isAlwaysFault, type LabelId } from '../../domain/scoring/labels.ts';

export type Severity = 'fault' | 'technique' | 'neutral';

/** How a label reads out of context: a fault everywhere, a technique, or one the call decides (admit-fault). */
export function severityOf(label: LabelId): Severity {
  if (isAlwaysFault(label)) return 'fault';
  return label === 'admit-fault' ? 'neutral' : 'technique';
}
