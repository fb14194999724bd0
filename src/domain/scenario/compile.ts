import { assign, setup } from 'xstate';
import type { LabelId } from '../scoring/labels.ts';
import { score as scoreText } from '../scoring/scorer.ts';
import type { Evidence, ScoreResult } from '../scoring/types.ts';
import { clampMood, conditionMatches, stepWorth } from './rules.ts';
import { startStepId, type CallerLine, type Condition, type Scenario, type Step } from './schema.ts';

/** A caller line as shown in the call, tagged with where it came from. */
export interface ShownLine extends CallerLine {
  /** The step or ending that says it. */
  from: string;
  /**
   * Which of its lines it is, e.g. `caller/0`, `continues/1`, `branches/2/reply/0`,
   * `default/reply/0`, `silence/reply/0`: the call keeps this address so the
   * line can be shown in whatever language the trainee is reading.
   */
  ref?: string;
}

export type TurnSource = 'choice' | 'typed' | 'silent';

/** One trainee turn, with the scorer's findings and what it did to the caller. */
export interface Turn {
  /** 1-based position in the call. */
  turn: number;
  stepId: string;
  /** What the caller said since the previous turn, i.e. what the trainee answered. */
  callerLines: ShownLine[];
  source: TurnSource;
  responseId?: string;
  /** The trainee's words; null for a silent turn. */
  text: string | null;
  labels: LabelId[];
  evidence: Evidence[];
  /** Expected techniques this turn used, those it did not, and the faults it made here. */
  met: LabelId[];
  missed: LabelId[];
  faults: LabelId[];
  /** The authored coaching note when the trainee picked a response. */
  coaching?: string;
  moodBefore: number;
  moodAfter: number;
  /** The step or ending the turn led to. */
  next: string;
}

export interface CallContext {
  scenarioId: string;
  callerName: string;
  stepId: string;
  endingId: string | null;
  mood: number;
  silenceCount: number;
  /** How many of the current step's `continues` lines the caller has said. */
  continued: number;
  /** Lines the caller has said since the last turn (after the end: her last words). */
  pending: ShownLine[];
  transcript: Turn[];
}

export type CallEvent =
  | {
      type: 'trainee.respond';
      text: string;
      source: 'choice' | 'typed';
      responseId?: string;
      /** Labels already decided (a classroom trainer's correction or rubric ticks); without them the text is scored. */
      labels?: LabelId[];
      evidence?: Evidence[];
    }
  | { type: 'trainee.staySilent' }
  | { type: 'call.restart' };

type RespondEvent = Extract<CallEvent, { type: 'trainee.respond' }>;

// Guards and actions of one transition read the same event; scoring it once keeps them consistent and cheap.
const scored = new WeakMap<object, ScoreResult>();
function labelsOf(event: CallEvent, callerName: string): ScoreResult {
  if (event.type !== 'trainee.respond') return { labels: [], evidence: [] };
  if (event.labels) return { labels: event.labels, evidence: event.evidence ?? [] };
  let result = scored.get(event);
  if (!result) {
    result = scoreText({ text: event.text, callerName });
    scored.set(event, result);
  }
  return result;
}

interface TurnParams {
  stepId: string;
  next: string;
  mood: number;
  expects: LabelId[];
  faults: LabelId[];
  coaching: Record<string, string>;
}

function shown(lines: readonly CallerLine[] | undefined, from: string, list: string): ShownLine[] {
  return (lines ?? []).map((l, i) => ({ ...l, from, ref: `${list}/${i}` }));
}

/** The one machine definition every scenario compiles onto: only these named guards and actions exist. */
export const callSetup = setup({
  types: {
    context: {} as CallContext,
    events: {} as CallEvent,
  },
  guards: {
    hasLabels: ({ context, event }, params: Condition) => conditionMatches(params, new Set(labelsOf(event, context.callerName).labels)),
    isSilenceLimitReached: ({ context }, params: { limit: number }) => context.silenceCount >= params.limit,
    hasContinuationLeft: ({ context }, params: { count: number }) => context.continued < params.count,
  },
  actions: {
    recordTurn: assign(({ context, event }, params: TurnParams) => {
      const respond = event.type === 'trainee.respond' ? (event as RespondEvent) : null;
      const { labels, evidence } = labelsOf(event, context.callerName);
      const turn: Turn = {
        turn: context.transcript.length + 1,
        stepId: params.stepId,
        callerLines: context.pending,
        source: respond ? respond.source : 'silent',
        text: respond ? respond.text : null,
        labels,
        evidence,
        met: params.expects.filter((l) => labels.includes(l)),
        missed: params.expects.filter((l) => !labels.includes(l)),
        faults: labels.filter((l) => params.faults.includes(l)),
        moodBefore: context.mood,
        moodAfter: clampMood(context.mood + params.mood),
        next: params.next,
      };
      if (respond?.responseId !== undefined) {
        turn.responseId = respond.responseId;
        const note = params.coaching[respond.responseId];
        if (note !== undefined) turn.coaching = note;
      }
      return { transcript: [...context.transcript, turn], pending: [] };
    }),
    adjustMood: assign(({ context }, params: { delta: number }) => ({ mood: clampMood(context.mood + params.delta) })),
    countSilence: assign(({ context }) => ({ silenceCount: context.silenceCount + 1 })),
    say: assign(({ context }, params: { lines: ShownLine[] }) => ({ pending: [...context.pending, ...params.lines] })),
    sayNextContinuation: assign(({ context }, params: { lines: ShownLine[] }) => {
      const line = params.lines[context.continued];
      return { continued: context.continued + 1, pending: line ? [...context.pending, line] : context.pending };
    }),
    enterStep: assign(({ context }, params: { stepId: string; lines: ShownLine[] }) => ({
      stepId: params.stepId,
      continued: 0,
      pending: [...context.pending, ...params.lines],
    })),
    enterEnding: assign(({ context }, params: { endingId: string; lines: ShownLine[] }) => ({
      endingId: params.endingId,
      pending: [...context.pending, ...params.lines],
    })),
    resetCall: assign((_, params: { context: CallContext }) => ({ ...params.context })),
  },
});

/** The context a call starts with, before the first step's lines are said. */
export function initialCallContext(scenario: Scenario): CallContext {
  return {
    scenarioId: scenario.id,
    callerName: scenario.persona.callerName,
    stepId: startStepId(scenario),
    endingId: null,
    mood: clampMood(scenario.mood.start),
    silenceCount: 0,
    continued: 0,
    pending: [],
    transcript: [],
  };
}

function turnParams(scenario: Scenario, step: Step, next: string, mood: number): TurnParams {
  const worth = stepWorth(scenario, step);
  return {
    stepId: step.id,
    next,
    mood,
    expects: worth.expects,
    faults: worth.faults,
    coaching: Object.fromEntries(step.responses.map((r) => [r.id, r.coaching])),
  };
}

/** A transition target: another state, or none to stay (so a step's opening lines are not repeated). */
function target(step: Step, next: string): { target?: string } {
  return next === step.id ? {} : { target: next };
}

function stepState(scenario: Scenario, step: Step) {
  const respond = [
    ...step.branches.map((b, i) => ({
      guard: { type: 'hasLabels' as const, params: b.when },
      ...target(step, b.next),
      actions: [
        { type: 'recordTurn' as const, params: turnParams(scenario, step, b.next, b.mood) },
        { type: 'adjustMood' as const, params: { delta: b.mood } },
        { type: 'say' as const, params: { lines: shown(b.reply, step.id, `branches/${i}/reply`) } },
      ],
    })),
    {
      ...target(step, step.default.next),
      actions: [
        { type: 'recordTurn' as const, params: turnParams(scenario, step, step.default.next, step.default.mood) },
        { type: 'adjustMood' as const, params: { delta: step.default.mood } },
        { type: 'say' as const, params: { lines: shown(step.default.reply, step.id, 'default/reply') } },
      ],
    },
  ];
  const silenceMood = step.silence?.mood ?? 0;
  const afterSilence = step.silence?.next ?? step.id;
  const continues = shown(step.continues, step.id, 'continues');
  const silent = [
    {
      guard: { type: 'isSilenceLimitReached' as const, params: { limit: scenario.silence.limit } },
      target: scenario.silence.ending,
      actions: [
        { type: 'recordTurn' as const, params: turnParams(scenario, step, scenario.silence.ending, silenceMood) },
        { type: 'adjustMood' as const, params: { delta: silenceMood } },
        { type: 'countSilence' as const },
      ],
    },
    {
      guard: { type: 'hasContinuationLeft' as const, params: { count: continues.length } },
      actions: [
        { type: 'recordTurn' as const, params: turnParams(scenario, step, step.id, silenceMood) },
        { type: 'adjustMood' as const, params: { delta: silenceMood } },
        { type: 'countSilence' as const },
        { type: 'sayNextContinuation' as const, params: { lines: continues } },
      ],
    },
    {
      ...target(step, afterSilence),
      actions: [
        { type: 'recordTurn' as const, params: turnParams(scenario, step, afterSilence, silenceMood) },
        { type: 'adjustMood' as const, params: { delta: silenceMood } },
        { type: 'countSilence' as const },
        { type: 'say' as const, params: { lines: shown(step.silence?.reply, step.id, 'silence/reply') } },
      ],
    },
  ];
  return {
    entry: [{ type: 'enterStep' as const, params: { stepId: step.id, lines: shown(step.caller, step.id, 'caller') } }],
    on: { 'trainee.respond': respond, 'trainee.staySilent': silent },
  };
}

/**
 * Compiles a validated scenario into an XState machine: one state per step,
 * one final state per ending, branching on the labels the scorer finds in
 * what the trainee says (picked or typed alike).
 */
export function compileScenario(scenario: Scenario) {
  const start = startStepId(scenario);
  const context = initialCallContext(scenario);
  const states: Record<string, ReturnType<typeof stepState> | { type: 'final'; entry: { type: 'enterEnding'; params: { endingId: string; lines: ShownLine[] } }[] }> = {};
  for (const step of scenario.steps) states[step.id] = stepState(scenario, step);
  for (const ending of scenario.endings) {
    states[ending.id] = { type: 'final', entry: [{ type: 'enterEnding', params: { endingId: ending.id, lines: shown(ending.caller, ending.id, 'caller') } }] };
  }
  return callSetup.createMachine({
    id: scenario.id,
    context,
    initial: start,
    on: {
      'call.restart': { target: `.${start}`, reenter: true, actions: [{ type: 'resetCall', params: { context } }] },
    },
    states,
  });
}

export type CallMachine = ReturnType<typeof compileScenario>;
