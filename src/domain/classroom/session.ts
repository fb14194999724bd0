import { z } from 'zod';
import { createActor } from 'xstate';
import { compileScenario, type CallContext, type CallEvent, type CallMachine, type Turn } from '../scenario/compile.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scenarioIn, type ScenarioTranslations } from '../scenario/translation.ts';
import { choiceEvent } from '../scenario/localize-call.ts';
import { LABELS, type LabelId } from '../scoring/labels.ts';
import { score } from '../scoring/scorer.ts';
import type { Lang } from '../scoring/types.ts';
import { profileSchema, type Profile } from '../profiles/profile.ts';
import { applyCorrection } from '../records/attempt.ts';

/**
 * A classroom role-play session: the roster, who is in the hot seat, the
 * calls played, every captured answer and the discussion state. Plain,
 * serialisable data; one console window at a time is its writer (console-lease.ts). The state of
 * a call is not stored: it is replayed from the captured answers through the
 * same compiled machine solo play uses, so branching cannot drift.
 */
export const SESSION_FORMAT = 'hold-the-line/classroom-session';
export const SESSION_VERSION = 1;

const labelSchema = z.enum(LABELS);
const evidenceSchema = z.object({ label: labelSchema, start: z.number().int(), end: z.number().int(), reason: z.string() });

export const CAPTURE_SOURCES = ['typed', 'choice', 'rubric', 'silent'] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

export const capturedAnswerSchema = z.object({
  /** Profile id of the trainee in the hot seat when the answer was given. */
  answeredBy: z.string().min(1),
  source: z.enum(CAPTURE_SOURCES),
  /** What the trainee said (typed by the trainer, or the authored response's words); null for rubric and silence. */
  text: z.string().nullable(),
  responseId: z.string().optional(),
  /** The labels the call branches on: the scorer's, after the trainer's corrections (or the ticked rubric). */
  labels: z.array(labelSchema),
  evidence: z.array(evidenceSchema),
  /** What the trainer changed from the scorer's findings; absent when nothing was changed. */
  correction: z.object({ added: z.array(labelSchema), removed: z.array(labelSchema) }).optional(),
  capturedAt: z.number(),
});
export type CapturedAnswer = z.infer<typeof capturedAnswerSchema>;

export const sessionCallSchema = z.object({
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  /** The language the call is played and scored in (the interface's when it started). */
  lang: z.enum(['en', 'es']),
  startedAt: z.number(),
  /** Set when the call reaches an ending. */
  endedAt: z.number().nullable(),
  answers: z.array(capturedAnswerSchema),
});
export type SessionCall = z.infer<typeof sessionCallSchema>;

export const sessionSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  id: z.string().min(1),
  trainer: z.string().optional(),
  /** The language the session was opened in; each call keeps its own. */
  lang: z.enum(['en', 'es']),
  roster: z.array(profileSchema),
  /** Id of the trainee in the hot seat, null before anyone is on. */
  hotSeat: z.string().nullable(),
  calls: z.array(sessionCallSchema),
  /** Answering: the hot seat owes an answer to the caller. Discussing: the answer is in, the class talks it over. */
  stage: z.enum(['answering', 'discussing']),
  /** The caller's current lines are on the projector. */
  lineShown: z.boolean(),
  /** The last answer's annotated feedback is on the projector. */
  feedbackShown: z.boolean(),
  paused: z.boolean(),
  /** The per-turn timer: time already counted, plus the running stretch since `runningSince`. */
  timer: z.object({ accumulatedMs: z.number().min(0), runningSince: z.number().nullable() }),
  /** What the trainer is typing, kept so a closed window loses nothing. */
  draft: z.string(),
  updatedAt: z.number(),
});
export type ClassroomSession = z.infer<typeof sessionSchema>;

/** Why an action was refused; the console turns the code into a sentence ('read-only': another console window is in charge). */
export type SessionProblem = 'read-only' | 'paused' | 'silent-answer' | 'no-call' | 'call-ended' | 'not-answering' | 'not-discussing' | 'no-hot-seat' | 'empty-answer' | 'unknown-response' | 'unknown-trainee';

export class SessionError extends Error {
  constructor(readonly problem: SessionProblem) {
    super(`classroom session: ${problem}`);
  }
}

export function createSession(input: { id: string; lang: Lang; trainer?: string; now: number }): ClassroomSession {
  const trainer = input.trainer?.trim();
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    id: input.id,
    ...(trainer ? { trainer } : {}),
    lang: input.lang,
    roster: [],
    hotSeat: null,
    calls: [],
    stage: 'answering',
    lineShown: false,
    feedbackShown: false,
    paused: false,
    timer: { accumulatedMs: 0, runningSince: null },
    draft: '',
    updatedAt: input.now,
  };
}

const touch = (s: ClassroomSession, now: number, patch: Partial<ClassroomSession>): ClassroomSession => ({ ...s, ...patch, updatedAt: now });

/** Adds a trainee who is present; the first one takes the hot seat. */
export function addTrainee(session: ClassroomSession, trainee: Profile, now: number): ClassroomSession {
  return touch(session, now, { roster: [...session.roster, trainee], hotSeat: session.hotSeat ?? trainee.id });
}

/** Removes a trainee from the roster (their answers stay in the calls); the hot seat moves on if it was theirs. */
export function removeTrainee(session: ClassroomSession, traineeId: string, now: number): ClassroomSession {
  const roster = session.roster.filter((p) => p.id !== traineeId);
  const hotSeat = session.hotSeat === traineeId ? (roster.length === 0 ? null : nextInRotation(session, traineeId)) : session.hotSeat;
  return touch(session, now, { roster, hotSeat });
}

/** The trainee after `afterId` in the roster, wrapping round (the first one when `afterId` is not on it). */
export function nextInRotation(session: ClassroomSession, afterId: string | null): string | null {
  const { roster } = session;
  if (roster.length === 0) return null;
  const index = roster.findIndex((p) => p.id === afterId);
  return roster[(index + 1) % roster.length]!.id;
}

/** The trainer picks who answers next. */
export function setHotSeat(session: ClassroomSession, traineeId: string, now: number): ClassroomSession {
  if (!session.roster.some((p) => p.id === traineeId)) throw new SessionError('unknown-trainee');
  return touch(session, now, { hotSeat: traineeId });
}

/** Passes the hot seat to the next trainee in the roster without an answer (someone is stuck, or stepped out). */
export function nextTrainee(session: ClassroomSession, now: number): ClassroomSession {
  return touch(session, now, { hotSeat: nextInRotation(session, session.hotSeat) });
}

const runningTimer = (now: number) => ({ accumulatedMs: 0, runningSince: now });

/** Starts a call of `scenarioId` in `lang`; the roster and the rotation carry on from the previous call. */
export function startCall(session: ClassroomSession, scenarioId: string, callId: string, now: number, lang: Lang = session.lang): ClassroomSession {
  const call: SessionCall = { id: callId, scenarioId, lang, startedAt: now, endedAt: null, answers: [] };
  return touch(session, now, {
    calls: [...session.calls, call],
    stage: 'answering',
    lineShown: false,
    feedbackShown: false,
    paused: false,
    timer: runningTimer(now),
    draft: '',
  });
}

export function currentCall(session: ClassroomSession): SessionCall | null {
  return session.calls.at(-1) ?? null;
}

/** Milliseconds on the per-turn timer at `now`. */
export function timerMs(timer: ClassroomSession['timer'], now: number): number {
  return timer.accumulatedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

/** Pause freezes the call: the timer stops and no answer can be captured until it resumes. */
export function togglePause(session: ClassroomSession, now: number): ClassroomSession {
  if (session.paused) return touch(session, now, { paused: false, timer: { accumulatedMs: session.timer.accumulatedMs, runningSince: now } });
  return touch(session, now, { paused: true, timer: { accumulatedMs: timerMs(session.timer, now), runningSince: null } });
}

/** Shows or hides the caller's current lines on the projector. */
export function toggleLine(session: ClassroomSession, now: number): ClassroomSession {
  return touch(session, now, { lineShown: !session.lineShown });
}

/** Puts the last answer's annotated feedback on the projector (or takes it off). */
export function toggleFeedback(session: ClassroomSession, now: number): ClassroomSession {
  if (session.stage !== 'discussing') throw new SessionError('not-discussing');
  return touch(session, now, { feedbackShown: !session.feedbackShown });
}

/** The trainer's name, which the exported calls carry (blank: none). */
export function setTrainer(session: ClassroomSession, name: string, now: number): ClassroomSession {
  const { trainer: _old, ...rest } = session;
  const trimmed = name.trim().slice(0, 80);
  return touch(rest, now, trimmed ? { trainer: trimmed } : {});
}

export function setDraft(session: ClassroomSession, draft: string, now: number): ClassroomSession {
  return touch(session, now, { draft });
}

/** Discussion over: the next caller turn goes to the next trainee after the one who just answered. */
export function nextTurn(session: ClassroomSession, now: number): ClassroomSession {
  if (session.stage !== 'discussing') throw new SessionError('not-discussing');
  const call = currentCall(session);
  const last = call?.answers.at(-1);
  return touch(session, now, {
    stage: 'answering',
    hotSeat: nextInRotation(session, last?.answeredBy ?? session.hotSeat),
    lineShown: false,
    feedbackShown: false,
    paused: false,
    timer: runningTimer(now),
  });
}

/** How the trainer captured what the hot seat said. */
export type CaptureInput =
  | { mode: 'typed'; text: string; added?: readonly LabelId[]; removed?: readonly LabelId[] }
  | { mode: 'choice'; responseId: string; added?: readonly LabelId[]; removed?: readonly LabelId[] }
  | { mode: 'rubric'; labels: readonly LabelId[] }
  | { mode: 'silent' };

/** What the scorer finds in a typed or picked answer, as the console shows it live. */
export function scoreAnswer(scenario: Scenario, text: string, lang: Lang) {
  return score({ text, callerName: scenario.persona.callerName, lang });
}

/**
 * The scenario as a call is played: its words in the call's language. The
 * structure is the English file's, so branching is the same in any language.
 */
export function playedScenario(english: Scenario, call: Pick<SessionCall, 'lang'>, translations: ScenarioTranslations = {}): Scenario {
  return scenarioIn(english, call.lang, translations);
}

/** Turns a capture into the answer record (scoring typed and picked words now, so the replay never re-scores). */
export function buildAnswer(scenario: Scenario, session: ClassroomSession, input: CaptureInput, now: number): CapturedAnswer {
  const answeredBy = session.hotSeat;
  const lang = currentCall(session)?.lang ?? session.lang;
  if (!answeredBy) throw new SessionError('no-hot-seat');
  const base = { answeredBy, capturedAt: now };
  switch (input.mode) {
    case 'silent':
      return { ...base, source: 'silent', text: null, labels: [], evidence: [] };
    case 'rubric':
      return { ...base, source: 'rubric', text: null, labels: LABELS.filter((l) => input.labels.includes(l)), evidence: [] };
    case 'typed': {
      const text = input.text.trim();
      if (!text) throw new SessionError('empty-answer');
      const { labels, evidence, correction } = applyCorrection(scoreAnswer(scenario, text, lang), input.added, input.removed);
      return { ...base, source: 'typed', text, labels, evidence, ...(correction ? { correction } : {}) };
    }
    case 'choice': {
      const call = currentCall(session);
      const stepId = call ? replayCall(scenario, call).context.stepId : null;
      const step = scenario.steps.find((s) => s.id === stepId);
      const response = step?.responses.find((r) => r.id === input.responseId);
      if (!response) throw new SessionError('unknown-response');
      // As in solo play: a picked response carries its declared labels, the same in every language.
      const picked = choiceEvent(scenario, response, lang);
      const found = picked.type === 'trainee.respond' ? { labels: picked.labels ?? [], evidence: picked.evidence ?? [] } : { labels: [], evidence: [] };
      const { labels, evidence, correction } = applyCorrection(found, input.added, input.removed);
      return { ...base, source: 'choice', text: response.text, responseId: response.id, labels, evidence, ...(correction ? { correction } : {}) };
    }
  }
}

/** Records the hot seat's answer (`scenario` as played: see `playedScenario`): the call moves on exactly as in solo play, and the class discusses it. */
export function capture(session: ClassroomSession, scenario: Scenario, input: CaptureInput, now: number): ClassroomSession {
  if (session.paused) throw new SessionError('paused');
  const call = currentCall(session);
  if (!call) throw new SessionError('no-call');
  if (call.endedAt !== null) throw new SessionError('call-ended');
  if (session.stage !== 'answering') throw new SessionError('not-answering');
  const answer = buildAnswer(scenario, session, input, now);
  const answers = [...call.answers, answer];
  const ended = replayCall(scenario, { ...call, answers }).done;
  const updated: SessionCall = { ...call, answers, endedAt: ended ? now : null };
  return touch(session, now, {
    calls: [...session.calls.slice(0, -1), updated],
    stage: 'discussing',
    lineShown: false,
    feedbackShown: false,
    // The turn's timer keeps running through the discussion; the next turn restarts it.
    draft: '',
  });
}

/** What an answer's labels were before the trainer's corrections: the scorer's on typed words, a picked response's declared ones, the rubric as ticked. */
export function uncorrectedLabels(scenario: Scenario, answer: CapturedAnswer, lang: Lang): LabelId[] {
  if (answer.source === 'silent') return [];
  const removed = answer.correction?.removed ?? [];
  const added = answer.correction?.added ?? [];
  if (answer.source === 'rubric') return answer.labels;
  if (answer.source === 'typed') return scoreAnswer(scenario, answer.text ?? '', lang).labels;
  // A picked response: its labels now, with the correction undone.
  return [...answer.labels.filter((l) => !added.includes(l)), ...removed];
}

/**
 * The trainer changes the labels of the answer under discussion (a scorer
 * slip, or a picked response that was only close). The call is replayed from
 * the corrected answer, so it branches exactly as if captured that way.
 */
export function correctLastAnswer(session: ClassroomSession, scenario: Scenario, correction: { added: readonly LabelId[]; removed: readonly LabelId[] }, now: number): ClassroomSession {
  const call = currentCall(session);
  const last = call?.answers.at(-1);
  if (!call || !last || session.stage !== 'discussing') throw new SessionError('not-discussing');
  if (last.source === 'silent') throw new SessionError('silent-answer');
  const earlier: SessionCall = { ...call, answers: call.answers.slice(0, -1), endedAt: null };
  const before = { ...session, hotSeat: last.answeredBy, calls: [...session.calls.slice(0, -1), earlier] };
  const input: CaptureInput =
    last.source === 'typed'
      ? { mode: 'typed', text: last.text ?? '', ...correction }
      : last.source === 'choice'
        ? { mode: 'choice', responseId: last.responseId ?? '', ...correction }
        : { mode: 'rubric', labels: applyCorrection({ labels: last.labels, evidence: [] }, correction.added, correction.removed).labels };
  const answer = buildAnswer(scenario, before, input, last.capturedAt);
  const answers = [...earlier.answers, answer];
  const ended = replayCall(scenario, { answers }).done;
  const updated: SessionCall = { ...call, answers, endedAt: ended ? (call.endedAt ?? now) : null };
  return touch(session, now, { calls: [...session.calls.slice(0, -1), updated] });
}

/** The event solo play would send for this answer, with the labels already decided. */
export function eventFor(answer: CapturedAnswer): CallEvent {
  if (answer.source === 'silent') return { type: 'trainee.staySilent' };
  return {
    type: 'trainee.respond',
    // A rubric answer has no words; the machine only reads its labels.
    text: answer.text ?? '',
    source: answer.source === 'choice' ? 'choice' : 'typed',
    ...(answer.responseId !== undefined ? { responseId: answer.responseId } : {}),
    labels: answer.labels,
    evidence: answer.evidence,
  };
}

/** A machine turn with who answered it and how it was captured. */
export interface ClassroomTurn extends Omit<Turn, 'source' | 'text'> {
  source: CaptureSource;
  text: string | null;
  answeredBy: string;
  trainerCorrection?: { added: LabelId[]; removed: LabelId[] };
}

export interface ReplayedCall {
  context: CallContext;
  done: boolean;
  turns: ClassroomTurn[];
}

const machines = new WeakMap<Scenario, CallMachine>();
function machineFor(scenario: Scenario): CallMachine {
  let machine = machines.get(scenario);
  if (!machine) {
    machine = compileScenario(scenario);
    machines.set(scenario, machine);
  }
  return machine;
}

/** Plays the captured answers through the scenario's compiled machine and returns where the call stands. */
export function replayCall(scenario: Scenario, call: Pick<SessionCall, 'answers'>): ReplayedCall {
  const actor = createActor(machineFor(scenario)).start();
  for (const answer of call.answers) {
    if (actor.getSnapshot().status !== 'active') break;
    actor.send(eventFor(answer));
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  const turns = snapshot.context.transcript.map((turn, i): ClassroomTurn => {
    const answer = call.answers[i]!;
    const { source: _source, text: _text, ...rest } = turn;
    return {
      ...rest,
      source: answer.source,
      text: answer.text,
      answeredBy: answer.answeredBy,
      ...(answer.correction ? { trainerCorrection: { added: [...answer.correction.added], removed: [...answer.correction.removed] } } : {}),
    };
  });
  return { context: snapshot.context, done: snapshot.status === 'done', turns };
}

/** Reads a stored session; anything that does not fit the schema is refused with the failing field named. */
export function parseSession(raw: string): { ok: true; session: ClassroomSession } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  const result = sessionSchema.safeParse(data);
  if (result.success) return { ok: true, session: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
}
