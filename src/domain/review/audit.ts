import { FAULT_LABELS, type LabelId } from '../scoring/labels.ts';
import type { RescoredAttempt } from './types.ts';

/**
 * A suggestion for the escalation guide's audit, worded by the interface:
 * `key` is an i18n key under `review.audit.suggest`, `params` its values
 * (`rule` is a label id; render it with `labels.<id>`).
 */
export interface AuditPoint {
  rule: LabelId | null;
  key: string;
  params: Record<string, string | number>;
}

export interface AuditSuggestion {
  opportunity: AuditPoint;
  strength: AuditPoint;
}

const FAULTS = new Set<LabelId>(FAULT_LABELS);

/**
 * One area of opportunity and one strength from the re-scored call: the
 * opportunity is the rule broken on the most turns, else the technique
 * missed on the most steps that asked for it; the strength is the technique
 * used on the most steps that asked for it (ties: the rulebook order in the score).
 */
export function suggestAudit(rescored: RescoredAttempt): AuditSuggestion {
  const rules = rescored.score?.rules ?? [];
  const broken = rules.filter((r) => r.faultTurns > 0).sort((a, b) => b.faultTurns - a.faultTurns)[0];
  const missed = rules
    .filter((r) => r.expectedOn > r.usedOn)
    .sort((a, b) => b.expectedOn - b.usedOn - (a.expectedOn - a.usedOn))[0];
  const used = rules
    .filter((r) => r.usedOn > 0 && !FAULTS.has(r.label))
    .sort((a, b) => b.usedOn / b.expectedOn - a.usedOn / a.expectedOn || b.usedOn - a.usedOn)[0];

  const opportunity: AuditPoint = broken
    ? { rule: broken.label, key: 'review.audit.suggest.opportunityBroken', params: { rule: broken.label, count: broken.faultTurns } }
    : missed
      ? { rule: missed.label, key: 'review.audit.suggest.opportunityForgot', params: { rule: missed.label, count: missed.expectedOn - missed.usedOn } }
      : { rule: null, key: 'review.audit.suggest.opportunityNone', params: {} };
  const strength: AuditPoint = used
    ? { rule: used.label, key: 'review.audit.suggest.strengthUsed', params: { rule: used.label, count: used.usedOn } }
    : { rule: null, key: 'review.audit.suggest.strengthNone', params: {} };
  return { opportunity, strength };
}
