import { modelAnswers } from '../scenario/score.ts';
import type { LineMood, Scenario } from '../scenario/schema.ts';
import type { ScenarioTranslations } from '../scenario/translation.ts';
import type { LabelId } from '../scoring/labels.ts';
import { classSummary, type ClassSummary } from './summary.ts';
import { currentCall, playedScenario, replayCall, type ClassroomSession } from './session.ts';

/**
 * What the projector may show. Every field is copied out one by one from the
 * session, so nothing the trainer alone should see (coaching notes, stage
 * directions, what a step tests, the caller's unrevealed lines, the trainer's
 * draft) has a field to travel in.
 */
export interface AudienceSnapshot {
  sessionId: string;
  /** No call yet, a call in progress, or the last call has ended (the summary is up). */
  phase: 'waiting' | 'live' | 'ended';
  title: string | null;
  persona: { name: string; role: string; business: string } | null;
  mood: number | null;
  /** Name of the trainee in the hot seat. */
  hotSeat: string | null;
  roster: { name: string; turns: number }[];
  /** 1-based number of the caller turn being answered or discussed. */
  turn: number;
  stage: ClassroomSession['stage'];
  paused: boolean;
  timer: ClassroomSession['timer'];
  /** The caller's current lines, only once the trainer shows them. */
  lines: { text: string; mood: LineMood }[] | null;
  /** The last answer marked up, only once the trainer reveals it. */
  feedback: AudienceFeedback | null;
  summary: ClassSummary | null;
}

export interface AudienceFeedback {
  answeredBy: string;
  /** The words said (null: silence or a rubric-only capture). */
  text: string | null;
  evidence: { label: LabelId; start: number; end: number; reason: string }[];
  labels: LabelId[];
  met: LabelId[];
  missed: LabelId[];
  faults: LabelId[];
  moodBefore: number;
  moodAfter: number;
  /** The step's model answer, for the class to compare. */
  modelAnswer: string | null;
}

/** Builds the projector's snapshot of a session, in each call's language. */
export function audienceSnapshot(session: ClassroomSession, scenarios: readonly Scenario[], translations: ScenarioTranslations = {}): AudienceSnapshot {
  const nameOf = (id: string | null) => session.roster.find((p) => p.id === id)?.name ?? null;
  const call = currentCall(session);
  const english = call ? scenarios.find((s) => s.id === call.scenarioId) : undefined;
  const scenario = call && english ? playedScenario(english, call, translations) : undefined;
  const turnsBy = new Map<string, number>();
  for (const c of session.calls) for (const a of c.answers) turnsBy.set(a.answeredBy, (turnsBy.get(a.answeredBy) ?? 0) + 1);
  const base = {
    sessionId: session.id,
    hotSeat: nameOf(session.hotSeat),
    roster: session.roster.map((p) => ({ name: p.name, turns: turnsBy.get(p.id) ?? 0 })),
    stage: session.stage,
    paused: session.paused,
    timer: { accumulatedMs: session.timer.accumulatedMs, runningSince: session.timer.runningSince },
  };
  if (!call || !scenario) {
    return { ...base, phase: 'waiting', title: null, persona: null, mood: null, turn: 0, lines: null, feedback: null, summary: null };
  }
  const replay = replayCall(scenario, call);
  const last = replay.turns.at(-1);
  const answering = session.stage === 'answering' && !replay.done;
  let feedback: AudienceFeedback | null = null;
  if (session.feedbackShown && session.stage === 'discussing' && last) {
    feedback = {
      answeredBy: nameOf(last.answeredBy) ?? '',
      text: last.text,
      evidence: last.evidence.map((e) => ({ label: e.label, start: e.start, end: e.end, reason: e.reason })),
      labels: [...last.labels],
      met: [...last.met],
      missed: [...last.missed],
      faults: [...last.faults],
      moodBefore: last.moodBefore,
      moodAfter: last.moodAfter,
      modelAnswer: modelAnswers(scenario)[last.stepId]?.text ?? null,
    };
  }
  const { pending } = replay.context;
  return {
    ...base,
    phase: replay.done ? 'ended' : 'live',
    title: scenario.title,
    persona: { name: scenario.persona.name, role: scenario.persona.role, business: scenario.persona.business },
    mood: replay.context.mood,
    turn: replay.turns.length + (answering ? 1 : 0),
    lines: session.lineShown ? pending.map((l) => ({ text: l.text, mood: l.mood })) : null,
    feedback,
    summary: replay.done ? classSummary(session, scenarios, translations) : null,
  };
}
