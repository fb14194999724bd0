import type { LabelId } from '../scoring/labels.ts';
import type { Turn } from './compile.ts';
import { stepWorth } from './rules.ts';
import { endingResult, type AuthoredResponse, type EndingResult, type Scenario } from './schema.ts';

/** The weights of the call score; the debrief prints them, so changing one changes the explanation too. */
export const SCORE_WEIGHTS = {
  techniques: 50,
  mood: 20,
  outcome: { success: 30, partial: 15, failure: 0 } satisfies Record<EndingResult, number>,
  perFault: 10,
  maxFaultPenalty: 50,
} as const;

export type ScorePartId = 'techniques' | 'mood' | 'outcome' | 'faults';

/** One term of the formula, with the numbers that produced it. */
export interface ScorePart {
  id: ScorePartId;
  points: number;
  /** Most points this part can give (0 for the fault penalty). */
  max: number;
  /** The raw counts behind the points, for the debrief's explanation. */
  detail: Record<string, number | string | null>;
}

/** How one rulebook label fared in the call. */
export interface RuleResult {
  label: LabelId;
  /** Steps reached that expected it, and how many of them it was used on. */
  expectedOn: number;
  usedOn: number;
  /** Turns where it counted as a fault. */
  faultTurns: number;
  /** Its share of the score (technique points earned, or the fault penalty), one decimal. */
  points: number;
}

export interface CallScore {
  /** 0-100, the sum of the rounded parts, kept in range. */
  total: number;
  parts: ScorePart[];
  rules: RuleResult[];
}

export interface CallRecord {
  transcript: readonly Turn[];
  /** Null when the call has not ended. */
  endingId: string | null;
  mood: number;
}

// Adding 0 turns a negative zero into 0 for display.
const round1 = (n: number) => Math.round(n * 10) / 10 + 0;

/**
 * Scores a call 0-100: techniques each reached step expects (used in any turn
 * on it), the caller's final mood, the outcome, minus a capped penalty per fault.
 */
export function scoreCall(scenario: Scenario, call: CallRecord): CallScore {
  const stepById = new Map(scenario.steps.map((s) => [s.id, s]));
  // Each reached step counts once, however many turns the trainee spent on it.
  const usedByStep = new Map<string, Set<LabelId>>();
  for (const turn of call.transcript) {
    const used = usedByStep.get(turn.stepId) ?? new Set<LabelId>();
    for (const l of turn.labels) used.add(l);
    usedByStep.set(turn.stepId, used);
  }
  const rules = new Map<LabelId, RuleResult>();
  const rule = (label: LabelId) => {
    let r = rules.get(label);
    if (!r) {
      r = { label, expectedOn: 0, usedOn: 0, faultTurns: 0, points: 0 };
      rules.set(label, r);
    }
    return r;
  };
  let expected = 0;
  let met = 0;
  for (const [stepId, used] of usedByStep) {
    const step = stepById.get(stepId);
    if (!step) continue;
    for (const label of stepWorth(scenario, step).expects) {
      expected++;
      rule(label).expectedOn++;
      if (used.has(label)) {
        met++;
        rule(label).usedOn++;
      }
    }
  }
  let faults = 0;
  for (const turn of call.transcript) {
    for (const label of turn.faults) {
      faults++;
      rule(label).faultTurns++;
    }
  }
  const perMet = expected === 0 ? 0 : SCORE_WEIGHTS.techniques / expected;
  const penalty = Math.min(SCORE_WEIGHTS.maxFaultPenalty, faults * SCORE_WEIGHTS.perFault);
  // The cap is shared among faults in proportion, so per-rule penalties add up to the part.
  const perFault = faults === 0 ? 0 : penalty / faults;
  for (const r of rules.values()) r.points = round1(r.usedOn * perMet - r.faultTurns * perFault);

  const ending = call.endingId === null ? undefined : scenario.endings.find((e) => e.id === call.endingId);
  const result = ending ? endingResult(ending) : null;
  const parts: ScorePart[] = [
    {
      id: 'techniques',
      points: Math.round(expected === 0 ? SCORE_WEIGHTS.techniques : met * perMet),
      max: SCORE_WEIGHTS.techniques,
      detail: { expected, used: met },
    },
    { id: 'mood', points: Math.round((SCORE_WEIGHTS.mood * call.mood) / 100), max: SCORE_WEIGHTS.mood, detail: { mood: call.mood } },
    { id: 'outcome', points: result ? SCORE_WEIGHTS.outcome[result] : 0, max: SCORE_WEIGHTS.outcome.success, detail: { ending: ending?.id ?? null, result } },
    { id: 'faults', points: penalty === 0 ? 0 : -penalty, max: 0, detail: { faults, perFault: SCORE_WEIGHTS.perFault, cap: SCORE_WEIGHTS.maxFaultPenalty } },
  ];
  const sum = parts.reduce((s, p) => s + p.points, 0);
  const ordered = [...rules.values()].sort((a, b) => b.faultTurns - a.faultTurns || b.expectedOn - a.expectedOn || a.label.localeCompare(b.label));
  return { total: Math.max(0, Math.min(100, sum)), parts, rules: ordered };
}

/** How good an authored response is on its step: techniques used minus faults (declared labels). */
export function rateResponse(scenario: Scenario, stepId: string, response: AuthoredResponse): number {
  const step = scenario.steps.find((s) => s.id === stepId);
  if (!step) return 0;
  const worth = stepWorth(scenario, step);
  const used = worth.expects.filter((l) => response.labels.includes(l)).length;
  const faults = response.labels.filter((l) => worth.faults.includes(l)).length;
  return used - 2 * faults;
}

/** The model answer for each step: the response marked `model: true`, else the best-rated one (first on ties). */
export function modelAnswers(scenario: Scenario): Record<string, AuthoredResponse> {
  const out: Record<string, AuthoredResponse> = {};
  for (const step of scenario.steps) {
    const marked = step.responses.find((r) => r.model === true);
    let best = marked ?? step.responses[0]!;
    if (!marked) for (const r of step.responses) if (rateResponse(scenario, step.id, r) > rateResponse(scenario, step.id, best)) best = r;
    out[step.id] = best;
  }
  return out;
}
