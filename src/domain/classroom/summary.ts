import { scoreCall } from '../scenario/score.ts';
import { endingResult, type EndingResult, type Scenario } from '../scenario/schema.ts';
import { LABELS, type LabelId } from '../scoring/labels.ts';
import type { ScenarioTranslations } from '../scenario/translation.ts';
import { playedScenario, replayCall, type ClassroomSession, type ClassroomTurn } from './session.ts';

/** How one rule fared over a set of turns. */
export interface RuleTally {
  label: LabelId;
  /** Turns whose step asked for it, and how many of them used it. */
  expected: number;
  used: number;
  /** Turns where it was a fault. */
  faults: number;
}

export interface TraineeSummary {
  id: string;
  name: string;
  turns: number;
  silent: number;
  /** Expected techniques used, counted per turn, and the distinct ones. */
  techniqueUses: number;
  techniques: LabelId[];
  /** Fault turns per label, counted per turn, and the distinct labels. */
  faultCount: number;
  faults: LabelId[];
  /** Only the rules that came up for this trainee (expected or faulted). */
  rules: RuleTally[];
}

export interface CallSummary {
  callId: string;
  scenarioId: string;
  title: string;
  turns: number;
  /** Null while the call is still going. */
  ending: { id: string; result: EndingResult; score: number } | null;
}

export interface ClassSummary {
  trainees: TraineeSummary[];
  /** The class's rules, most faulted first, then most missed. */
  rules: RuleTally[];
  calls: CallSummary[];
}

function tally(turns: readonly ClassroomTurn[]): RuleTally[] {
  const byLabel = new Map<LabelId, RuleTally>();
  const get = (label: LabelId) => {
    let t = byLabel.get(label);
    if (!t) byLabel.set(label, (t = { label, expected: 0, used: 0, faults: 0 }));
    return t;
  };
  for (const turn of turns) {
    for (const l of turn.met) {
      get(l).expected++;
      get(l).used++;
    }
    for (const l of turn.missed) get(l).expected++;
    for (const l of turn.faults) get(l).faults++;
  }
  const order = (l: LabelId) => LABELS.indexOf(l);
  return [...byLabel.values()].sort((a, b) => b.faults - a.faults || b.expected - b.used - (a.expected - a.used) || order(a.label) - order(b.label));
}

/** The class summary: per trainee (turns, techniques used, faults, per rule), per rule for the class, and each call's result. */
export function classSummary(session: ClassroomSession, scenarios: readonly Scenario[], translations: ScenarioTranslations = {}): ClassSummary {
  const all: ClassroomTurn[] = [];
  const calls: CallSummary[] = [];
  for (const call of session.calls) {
    const english = scenarios.find((s) => s.id === call.scenarioId);
    if (!english) continue;
    const scenario = playedScenario(english, call, translations);
    const replay = replayCall(scenario, call);
    all.push(...replay.turns);
    const { endingId, mood, transcript } = replay.context;
    const ending = replay.done && endingId ? scenario.endings.find((e) => e.id === endingId) : undefined;
    calls.push({
      callId: call.id,
      scenarioId: scenario.id,
      title: scenario.title,
      turns: replay.turns.length,
      ending: ending ? { id: ending.id, result: endingResult(ending), score: scoreCall(scenario, { transcript, endingId: ending.id, mood }).total } : null,
    });
  }
  // Roster order, so the summary reads like the class list the trainer typed.
  const trainees = session.roster.map((p): TraineeSummary => {
    const mine = all.filter((t) => t.answeredBy === p.id);
    const techniques = LABELS.filter((l) => mine.some((t) => t.met.includes(l)));
    const faults = LABELS.filter((l) => mine.some((t) => t.faults.includes(l)));
    return {
      id: p.id,
      name: p.name,
      turns: mine.length,
      silent: mine.filter((t) => t.source === 'silent').length,
      techniqueUses: mine.reduce((n, t) => n + t.met.length, 0),
      techniques,
      faultCount: mine.reduce((n, t) => n + t.faults.length, 0),
      faults,
      rules: tally(mine),
    };
  });
  return { trainees, rules: tally(all), calls };
}
