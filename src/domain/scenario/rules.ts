import { ALWAYS_FAULTS, type LabelId } from '../scoring/labels.ts';
import type { Branch, Condition, Scenario, Step } from './schema.ts';

/** What each label is worth on one step (rulebook, "Worth in context"). */
export interface StepWorth {
  expects: LabelId[];
  faults: LabelId[];
}

/** Whether the service's error counts as clear on this step. */
export function isFactsClear(scenario: Scenario, step: Step): boolean {
  return step.factsClear ?? scenario.factsClear;
}

/**
 * The labels a step rewards and the ones it counts as faults: the rulebook's
 * always-faults, the step's `punishes`, and `admit-fault` while the facts are
 * not in (the workbook: research before admitting fault).
 */
export function stepWorth(scenario: Scenario, step: Step): StepWorth {
  const faults = new Set<LabelId>([...ALWAYS_FAULTS, ...step.punishes]);
  if (!isFactsClear(scenario, step)) faults.add('admit-fault');
  for (const label of step.expects) faults.delete(label);
  return { expects: [...step.expects], faults: [...faults] };
}

/** True when a set of labels satisfies a branch condition. */
export function conditionMatches(when: Condition, labels: ReadonlySet<string>): boolean {
  if (when.all && !when.all.every((l) => labels.has(l))) return false;
  if (when.any && when.any.length > 0 && !when.any.some((l) => labels.has(l))) return false;
  if (when.none && when.none.some((l) => labels.has(l))) return false;
  return true;
}

/** Where a spoken turn goes: the first matching rule, or the default. */
export interface Route {
  /** Index into `step.branches`, or 'default'. */
  rule: number | 'default';
  next: string;
  mood: number;
  reply: Branch['reply'];
}

/** Picks the branch a spoken turn with these labels takes on a step (first match wins). */
export function routeSpoken(step: Step, labels: Iterable<string>): Route {
  const set = new Set(labels);
  const index = step.branches.findIndex((b) => conditionMatches(b.when, set));
  if (index >= 0) {
    const b = step.branches[index]!;
    return { rule: index, next: b.next, mood: b.mood, reply: b.reply };
  }
  return { rule: 'default', next: step.default.next, mood: step.default.mood, reply: step.default.reply };
}

/** Keeps a mood on the meter's 0-100 scale. */
export function clampMood(mood: number): number {
  return Math.max(0, Math.min(100, mood));
}

/** Where the call stands for the silence rule: silent turns so far, and `continues` lines already said on this step. */
export interface SilenceState {
  silenceCount: number;
  continued: number;
}

/**
 * Where a silent turn goes, as the compiled machine plays it: past the call's
 * limit, to the silence ending; while the caller has `continues` lines left,
 * she says the next one on this step; otherwise the step's `silence.next`, or
 * she waits on this step.
 */
export function routeSilence(scenario: Scenario, step: Step, state: SilenceState): { next: string; mood: number; state: SilenceState } {
  const mood = step.silence?.mood ?? 0;
  const silenceCount = state.silenceCount + 1;
  if (state.silenceCount >= scenario.silence.limit) return { next: scenario.silence.ending, mood, state: { silenceCount, continued: state.continued } };
  if (state.continued < (step.continues?.length ?? 0)) return { next: step.id, mood, state: { silenceCount, continued: state.continued + 1 } };
  return { next: step.silence?.next ?? step.id, mood, state: { silenceCount, continued: state.continued } };
}
