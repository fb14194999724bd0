import { applyCorrection, scenarioVersion, type Attempt } from '../records/attempt.ts';
import { clampMood, routeSilence, routeSpoken, stepWorth } from '../scenario/rules.ts';
import type { Turn } from '../scenario/compile.ts';
import { scoreCall } from '../scenario/score.ts';
import { endingResult, startStepId, type Scenario, type Step } from '../scenario/schema.ts';
import { scenarioIn, type ScenarioTranslations } from '../scenario/translation.ts';
import { ALWAYS_FAULTS, LABELS, type LabelId } from '../scoring/labels.ts';
import { score } from '../scoring/scorer.ts';
import type { Lang, ScoreResult } from '../scoring/types.ts';
import type { MisfitReason, RescoredAttempt, RescoredTurn, ReviewFlag, Utterance } from './types.ts';

/** The current scenarios, looked up by id, with their fingerprints and translations. */
export interface ScenarioIndex {
  byId: ReadonlyMap<string, Scenario>;
  versions: ReadonlyMap<string, string>;
  translations: ScenarioTranslations;
}

export function indexScenarios(scenarios: readonly Scenario[], translations: ScenarioTranslations = {}): ScenarioIndex {
  return {
    byId: new Map(scenarios.map((s) => [s.id, s])),
    versions: new Map(scenarios.map((s) => [s.id, scenarioVersion(s)])),
    translations,
  };
}

const indexes = new WeakMap<readonly Scenario[], ScenarioIndex>();
function asIndex(scenarios: ScenarioIndex | readonly Scenario[]): ScenarioIndex {
  if (!Array.isArray(scenarios)) return scenarios as ScenarioIndex;
  const list = scenarios as readonly Scenario[];
  let index = indexes.get(list);
  if (!index) {
    index = indexScenarios(list);
    indexes.set(list, index);
  }
  return index;
}

/** Scores one utterance; batch re-scoring passes a memoized or precomputed one. */
export type TextScorer = (utterance: Utterance) => ScoreResult;

/**
 * Values by utterance: by language and caller, then by the exact words. The
 * words are looked up as they came from the file (no joined key string to
 * build and hash on every turn), which keeps batch replay cheap.
 */
export class UtteranceMap<T> {
  private readonly byVoice = new Map<string, Map<string, T>>();
  private count = 0;

  get(u: Utterance): T | undefined {
    return this.byVoice.get(`${u.lang}\u0000${u.callerName}`)?.get(u.text);
  }

  set(u: Utterance, value: T): void {
    const voice = `${u.lang}\u0000${u.callerName}`;
    let texts = this.byVoice.get(voice);
    if (!texts) {
      texts = new Map();
      this.byVoice.set(voice, texts);
    }
    if (!texts.has(u.text)) this.count++;
    texts.set(u.text, value);
  }

  get size(): number {
    return this.count;
  }

  *values(): IterableIterator<T> {
    for (const texts of this.byVoice.values()) yield* texts.values();
  }
}

/** A scorer that scores each distinct utterance once (and can be pre-filled with results from workers). */
export function memoScorer(fallback: TextScorer = score): TextScorer & { results: UtteranceMap<ScoreResult> } {
  const results = new UtteranceMap<ScoreResult>();
  const fn = (u: Utterance) => {
    let r = results.get(u);
    if (!r) {
      r = fallback(u);
      results.set(u, r);
    }
    return r;
  };
  return Object.assign(fn, { results });
}

interface Played {
  /** The scenario with its words in the attempt's language (same structure). */
  scenario: Scenario;
  callerName: string;
  lang: Lang;
}

function played(index: ScenarioIndex, attempt: Attempt): Played | null {
  const scenario = index.byId.get(attempt.scenarioId);
  if (!scenario) return null;
  const local = scenarioIn(scenario, attempt.lang, index.translations);
  return { scenario: local, callerName: local.persona.callerName, lang: attempt.lang };
}

type StoredTurn = Attempt['transcript'][number];

/** What replaying needs of a scenario, worked out once per scenario (batch re-scoring replays thousands of calls). */
interface ScenarioShape {
  stepById: Map<string, Step>;
  endingIds: Set<string>;
  worthOf: Map<string, { expects: LabelId[]; faults: readonly LabelId[] }>;
}
const shapes = new WeakMap<Scenario, ScenarioShape>();
function shapeOf(scenario: Scenario): ScenarioShape {
  let shape = shapes.get(scenario);
  if (!shape) {
    shape = {
      stepById: new Map(scenario.steps.map((s) => [s.id, s])),
      endingIds: new Set(scenario.endings.map((e) => e.id)),
      worthOf: new Map(scenario.steps.map((s) => [s.id, stepWorth(scenario, s)])),
    };
    shapes.set(scenario, shape);
  }
  return shape;
}
const NO_STEP_WORTH = { expects: [] as LabelId[], faults: ALWAYS_FAULTS };

/** The words a turn is scored on now: typed words as stored; a picked response's current authored words. */
function utteranceOf(turn: StoredTurn, step: Step | undefined, p: Played): Utterance | null {
  if (turn.source === 'typed') return { text: turn.text ?? '', callerName: p.callerName, lang: p.lang };
  if (turn.source === 'choice') {
    const response = step?.responses.find((r) => r.id === turn.responseId);
    return response ? { text: response.text, callerName: p.callerName, lang: p.lang } : null;
  }
  return null;
}

/** Every distinct utterance re-scoring these attempts needs, so a batch can score each once (e.g. split over workers). */
export function distinctUtterances(attempts: Iterable<Attempt>, scenarios: ScenarioIndex | readonly Scenario[]): Utterance[] {
  const index = asIndex(scenarios);
  const seen = new UtteranceMap<true>();
  const out: Utterance[] = [];
  const steps = new Map<Scenario, Map<string, Step>>();
  for (const attempt of attempts) {
    const p = played(index, attempt);
    if (!p) continue;
    let byId = steps.get(p.scenario);
    if (!byId) {
      byId = new Map(p.scenario.steps.map((s) => [s.id, s]));
      steps.set(p.scenario, byId);
    }
    for (const turn of attempt.transcript) {
      const u = utteranceOf(turn, byId.get(turn.stepId), p);
      if (u && u.text.trim() !== '' && !seen.get(u)) {
        seen.set(u, true);
        out.push(u);
      }
    }
  }
  return out;
}

function sameLabels(a: readonly LabelId[], b: readonly LabelId[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((l) => set.has(l));
}

export interface RescoreOptions {
  /** Scores an utterance (default: the scorer, unmemoized). */
  scoreText?: TextScorer;
}

/**
 * Re-scores one attempt from its transcript with the current scorer and
 * scenario: every typed turn is scored again, a picked response is read as
 * the scenario's current response with that id (its declared labels, as the
 * call screen sends them), rubric turns keep the
 * trainer's labels, and a trainer's correction is applied on top. The call is
 * replayed step by step as the compiled scenario plays it (same branch rules,
 * silences and moods), so a transcript the current scenario would not produce
 * is flagged 'transcript-misfit'; a total or turn that now reads differently is
 * flagged 'scored-differently'. Never throws on a valid attempt record.
 */
export function rescoreAttempt(attempt: Attempt, scenarios: ScenarioIndex | readonly Scenario[], options: RescoreOptions = {}): RescoredAttempt {
  const index = asIndex(scenarios);
  const scoreText = options.scoreText ?? score;
  const p = played(index, attempt);
  const base = {
    attemptId: attempt.id,
    scenarioId: attempt.scenarioId,
    storedTotal: attempt.score.total,
    versionChanged: index.versions.get(attempt.scenarioId) !== attempt.scenarioVersion,
  };
  if (!p) {
    return {
      ...base,
      total: null,
      score: null,
      turns: attempt.transcript.map((t) =>
        rescoredTurn(t, { text: t.text, labels: t.labels, evidence: t.evidence, met: t.met, missed: t.missed, faults: t.faults, moodBefore: t.moodBefore, moodAfter: t.moodAfter, next: t.next, changed: false }),
      ),
      endingId: null,
      result: null,
      finalMood: attempt.finalMood,
      flags: ['transcript-misfit'],
      misfit: { reason: 'unknown-scenario', detail: attempt.scenarioId.slice(0, 80) },
      changedTurns: [],
    };
  }
  const scenario = p.scenario;
  const { stepById, endingIds, worthOf } = shapeOf(scenario);

  let misfit: RescoredAttempt['misfit'];
  const misfitAt = (reason: MisfitReason, turn?: number, detail?: string) => {
    misfit ??= { reason, ...(turn !== undefined ? { turn } : {}), ...(detail !== undefined ? { detail: detail.slice(0, 80) } : {}) };
  };

  // The call as the current scenario plays it, until the transcript stops fitting.
  let stepId = startStepId(scenario);
  let mood = clampMood(scenario.mood.start);
  let silenceCount = 0;
  let continued = 0;
  let endingId: string | null = null;
  let replaying = true;

  const turns: RescoredTurn[] = [];
  for (const t of attempt.transcript) {
    if (replaying && endingId !== null) {
      misfitAt('too-long', t.turn);
      replaying = false;
    }
    if (replaying && t.stepId !== stepId) {
      misfitAt(stepById.has(t.stepId) ? 'wrong-path' : 'unknown-step', t.turn, t.stepId);
      replaying = false;
    }
    const step = stepById.get(t.stepId);
    let found: ScoreResult;
    let text = t.text;
    if (t.source === 'rubric') found = { labels: LABELS.filter((l) => t.labels.includes(l)), evidence: [] };
    else if (t.source === 'silent') found = { labels: [], evidence: [] };
    else {
      const u = utteranceOf(t, step, p);
      if (!u) {
        // A picked response this scenario does not have: read the words the file says were picked.
        if (step) misfitAt('unknown-response', t.turn, t.responseId ?? '');
        replaying = false;
        found = scoreText({ text: t.text ?? '', callerName: p.callerName, lang: p.lang });
      } else if (t.source === 'choice') {
        // A picked response carries its declared labels, as in the call (the same in every language); the scorer only marks the words.
        const response = step!.responses.find((r) => r.id === t.responseId)!;
        const declared = new Set<LabelId>(response.labels);
        found = { labels: [...response.labels], evidence: scoreText(u).evidence.filter((e) => declared.has(e.label)) };
        text = u.text;
      } else {
        found = scoreText(u);
        text = u.text;
      }
      if (t.trainerCorrection) found = applyCorrection(found, t.trainerCorrection.added, t.trainerCorrection.removed);
    }
    const labels = found.labels;
    const worth = (step && worthOf.get(step.id)) || NO_STEP_WORTH;
    let next = t.next;
    let moodAfter = t.moodAfter;
    let moodBefore = t.moodBefore;
    if (replaying && step) {
      moodBefore = mood;
      let delta: number;
      if (t.source === 'silent') {
        const route = routeSilence(scenario, step, { silenceCount, continued });
        ({ next, mood: delta } = route);
        ({ silenceCount, continued } = route.state);
      } else {
        const route = routeSpoken(step, labels);
        next = route.next;
        delta = route.mood;
      }
      moodAfter = clampMood(mood + delta);
      mood = moodAfter;
      if (next !== t.next) misfitAt('wrong-path', t.turn, t.next);
      if (endingIds.has(next)) endingId = next;
      else if (next !== stepId) {
        stepId = next;
        continued = 0;
      }
      if (next !== t.next) replaying = false;
    }
    turns.push(
      rescoredTurn(t, {
        text,
        labels,
        evidence: found.evidence,
        met: worth.expects.filter((l) => labels.includes(l)),
        missed: worth.expects.filter((l) => !labels.includes(l)),
        faults: labels.filter((l) => worth.faults.includes(l)),
        moodBefore,
        moodAfter,
        next,
        changed: !sameLabels(labels, t.labels),
      }),
    );
  }

  let finalMood = mood;
  if (misfit) {
    // Off the current path: keep the file's ending and mood where they still exist, so the score stays comparable.
    endingId = attempt.endingId !== null && endingIds.has(attempt.endingId) ? attempt.endingId : null;
    finalMood = clampMood(attempt.finalMood);
  } else if (endingId !== attempt.endingId) {
    // Null on both sides is an unfinished call that still stops short of an ending: it fits.
    misfitAt('wrong-ending', undefined, attempt.endingId ?? '');
  }

  // The call score reads each turn's step, labels and faults, which a re-scored turn has (a rubric turn counts like a spoken one).
  const callScore = scoreCall(scenario, { transcript: turns as unknown as Turn[], endingId, mood: finalMood });
  const ending = endingId === null ? undefined : scenario.endings.find((e) => e.id === endingId);
  const changedTurns = turns.filter((t) => t.changed).map((t) => t.turn);
  const flags: ReviewFlag[] = [];
  if (callScore.total !== attempt.score.total || changedTurns.length > 0) flags.push('scored-differently');
  if (misfit) flags.push('transcript-misfit');
  return {
    ...base,
    total: callScore.total,
    score: callScore,
    turns,
    endingId,
    result: ending ? endingResult(ending) : null,
    finalMood,
    flags,
    ...(misfit ? { misfit } : {}),
    changedTurns,
  };
}

type ReadTurn = Pick<RescoredTurn, 'text' | 'labels' | 'evidence' | 'met' | 'missed' | 'faults' | 'moodBefore' | 'moodAfter' | 'next' | 'changed'>;

/**
 * A re-scored turn: what the stored turn shows as it was, plus the current
 * reading. Built field by field, because spreading objects here made batch
 * re-scoring four times slower.
 */
function rescoredTurn(t: StoredTurn, read: ReadTurn): RescoredTurn {
  const out: RescoredTurn = {
    turn: t.turn,
    stepId: t.stepId,
    source: t.source,
    text: read.text,
    callerLines: t.callerLines,
    labels: read.labels,
    evidence: read.evidence,
    met: read.met,
    missed: read.missed,
    faults: read.faults,
    storedLabels: t.labels,
    changed: read.changed,
    moodBefore: read.moodBefore,
    moodAfter: read.moodAfter,
    next: read.next,
  };
  if (t.responseId !== undefined) out.responseId = t.responseId;
  if (t.answeredBy !== undefined) out.answeredBy = t.answeredBy;
  if (t.trainerCorrection) out.trainerCorrection = t.trainerCorrection;
  return out;
}

/** Re-scores many attempts, scoring each distinct utterance once. */
export function rescoreAttempts(attempts: Iterable<Attempt>, scenarios: ScenarioIndex | readonly Scenario[], options: RescoreOptions = {}): RescoredAttempt[] {
  const index = asIndex(scenarios);
  const scoreText = memoScorer(options.scoreText ?? score);
  const out: RescoredAttempt[] = [];
  for (const a of attempts) out.push(rescoreAttempt(a, index, { scoreText }));
  return out;
}

/**
 * What re-scored results depend on: the app build (scorer) and every
 * scenario's fingerprint. Stored results with another stamp are re-computed.
 */
export function rescoreStamp(scenarios: ScenarioIndex | readonly Scenario[], appVersion: string): string {
  const index = asIndex(scenarios);
  return [appVersion, ...[...index.versions.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, v]) => `${id}@${v}`)].join(' ');
}

/** Attempts that have no re-scored result yet (after a reload with a new stamp, or an interrupted import). */
export function unscoredAttemptIds(data: { attempts: Record<string, Attempt>; rescored: Record<string, RescoredAttempt> }): string[] {
  return Object.keys(data.attempts).filter((id) => !Object.hasOwn(data.rescored, id));
}
