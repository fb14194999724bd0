import { z } from 'zod';
import type { Turn } from '../scenario/compile.ts';
import type { CallScore } from '../scenario/score.ts';
import { ENDING_KINDS, ENDING_RESULTS, endingResult, type Scenario } from '../scenario/schema.ts';
import { LABELS, type LabelId } from '../scoring/labels.ts';
import type { Evidence, Lang } from '../scoring/types.ts';

export const CALL_MODES = ['coaching', 'exam'] as const;
export type CallMode = (typeof CALL_MODES)[number];

/** Attempts made before anyone picked a trainee profile are kept under this id rather than lost. */
export const GUEST_PROFILE_ID = 'guest';

const labelSchema = z.enum(LABELS);

const evidenceSchema = z.object({ label: labelSchema, start: z.number().int(), end: z.number().int(), reason: z.string() });

const shownLineSchema = z.object({ text: z.string(), mood: z.string(), direction: z.string().optional(), from: z.string() });

export const attemptTurnSchema = z.object({
  turn: z.number().int().min(1),
  stepId: z.string(),
  callerLines: z.array(shownLineSchema),
  /**
   * How the answer came in: a picked response, typed (or spoken) words,
   * silence, or (classroom) rubric labels the trainer ticked with no words.
   */
  source: z.enum(['choice', 'typed', 'silent', 'rubric']),
  /** Classroom: the profile id of the trainee in the hot seat for this turn; absent in solo play. */
  answeredBy: z.string().min(1).optional(),
  /** Classroom: labels the trainer added to or removed from what the scorer found; kept so review can show both. */
  trainerCorrection: z.object({ added: z.array(labelSchema), removed: z.array(labelSchema) }).optional(),
  responseId: z.string().optional(),
  text: z.string().nullable(),
  labels: z.array(labelSchema),
  evidence: z.array(evidenceSchema),
  met: z.array(labelSchema),
  missed: z.array(labelSchema),
  faults: z.array(labelSchema),
  coaching: z.string().optional(),
  moodBefore: z.number(),
  moodAfter: z.number(),
  next: z.string(),
});

const scorePartSchema = z.object({
  id: z.enum(['techniques', 'mood', 'outcome', 'faults']),
  points: z.number(),
  max: z.number(),
  detail: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

const ruleResultSchema = z.object({
  label: labelSchema,
  expectedOn: z.number(),
  usedOn: z.number(),
  faultTurns: z.number(),
  points: z.number(),
});

/** One finished call as saved in the browser: enough to show its debrief again and to re-score it later. */
export const attemptSchema = z.object({
  id: z.string().min(1),
  profileId: z.string().min(1),
  scenarioId: z.string().min(1),
  /** A fingerprint of the scenario content, so a record made on an older edit of the call can be told apart. */
  scenarioVersion: z.string().min(1),
  mode: z.enum(CALL_MODES),
  /** The language the call was played in; re-scoring reads the transcript in it. Records from before Spanish are English. */
  lang: z.enum(['en', 'es']).default('en'),
  inputMix: z.object({ choices: z.number().int().min(0), typed: z.number().int().min(0), silent: z.number().int().min(0) }),
  startedAt: z.number(),
  endedAt: z.number(),
  transcript: z.array(attemptTurnSchema),
  finalMood: z.number().min(0).max(100),
  score: z.object({ total: z.number().min(0).max(100), parts: z.array(scorePartSchema), rules: z.array(ruleResultSchema) }),
  /** Null only on an unfinished call (see `unfinished`). */
  endingId: z.string().min(1).nullable(),
  outcome: z.object({ kind: z.enum(ENDING_KINDS), result: z.enum(ENDING_RESULTS) }).nullable(),
  /** Where the call was played: alone (default) or in a trainer's classroom session. */
  origin: z
    .object({ kind: z.literal('classroom'), sessionId: z.string().min(1), trainer: z.string().optional() })
    .optional(),
  /**
   * Set when the call was saved before it reached an ending (a classroom
   * exported mid-call): the step it stopped on. Such a call has no ending and
   * no outcome; its score counts no outcome points. Older files never have it.
   */
  unfinished: z.object({ stepId: z.string().min(1) }).optional(),
}).superRefine((a, ctx) => {
  // An ending and "unfinished" exclude each other, so a reader can trust either.
  if ((a.unfinished === undefined) !== (a.endingId !== null)) ctx.addIssue({ code: 'custom', path: ['endingId'], message: a.unfinished ? 'an unfinished call has no ending' : 'a finished call needs its ending' });
  if ((a.endingId === null) !== (a.outcome === null)) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'the outcome goes with the ending' });
});

export type Attempt = z.infer<typeof attemptSchema>;
export type InputMix = Attempt['inputMix'];

/** Counts how the trainee answered: picked responses, typed words, and silences. */
export function inputMix(transcript: readonly Pick<Turn, 'source'>[]): InputMix {
  const mix: InputMix = { choices: 0, typed: 0, silent: 0 };
  for (const t of transcript) {
    if (t.source === 'choice') mix.choices++;
    else if (t.source === 'typed') mix.typed++;
    else mix.silent++;
  }
  return mix;
}

/**
 * A short stable fingerprint (FNV-1a, 32 bit, hex) of a scenario's content;
 * not for security, only to tell edits of the same scenario apart.
 */
export function scenarioVersion(scenario: Scenario): string {
  const text = JSON.stringify(scenario);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A fresh random id for an attempt. `crypto.randomUUID` exists only in secure
 * contexts, and the app may be opened over plain http from an LMS or a share.
 */
export function newAttemptId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const hex = [...random(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface FinishedCall {
  id: string;
  profileId: string;
  mode: CallMode;
  startedAt: number;
  endedAt: number;
  transcript: readonly Turn[];
  endingId: string;
  mood: number;
  score: CallScore;
  /** The language the call was played in (default English). */
  lang?: Lang;
}

/** Builds the record of a finished call, validated so a bad record fails here rather than on reload. */
export function buildAttempt(scenario: Scenario, call: FinishedCall): Attempt {
  const ending = scenario.endings.find((e) => e.id === call.endingId);
  if (!ending) throw new Error(`scenario "${scenario.id}" has no ending "${call.endingId}"`);
  return attemptSchema.parse({
    id: call.id,
    profileId: call.profileId,
    scenarioId: scenario.id,
    scenarioVersion: scenarioVersion(scenario),
    mode: call.mode,
    lang: call.lang ?? 'en',
    inputMix: inputMix(call.transcript),
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    transcript: call.transcript,
    finalMood: call.mood,
    score: call.score,
    endingId: ending.id,
    outcome: { kind: ending.kind, result: endingResult(ending) },
  });
}

export interface ScenarioRecord {
  best: number;
  attempts: number;
  /** When the latest attempt ended. */
  lastAt: number;
}

/** Each scenario's best score and attempt count for one trainee. */
export function bestScores(attempts: readonly Attempt[], profileId: string): Record<string, ScenarioRecord> {
  const out: Record<string, ScenarioRecord> = {};
  for (const a of attempts) {
    if (a.profileId !== profileId) continue;
    const r = out[a.scenarioId];
    if (!r) out[a.scenarioId] = { best: a.score.total, attempts: 1, lastAt: a.endedAt };
    else {
      r.best = Math.max(r.best, a.score.total);
      r.attempts++;
      r.lastAt = Math.max(r.lastAt, a.endedAt);
    }
  }
  return out;
}

/**
 * The scorer's labels with a classroom trainer's corrections applied;
 * evidence for a removed label goes too. The classroom applies it live and
 * the supervisor's re-scoring applies it again, so both read a turn alike.
 */
export function applyCorrection(found: { labels: readonly LabelId[]; evidence: readonly Evidence[] }, added: readonly LabelId[] = [], removed: readonly LabelId[] = []) {
  const add = added.filter((l) => !found.labels.includes(l));
  const drop = removed.filter((l) => found.labels.includes(l));
  // The scorer's order is kept (a picked response's labels read as the author wrote them); added ones go last.
  const labels = [...found.labels.filter((l) => !drop.includes(l)), ...LABELS.filter((l) => add.includes(l))];
  const evidence = found.evidence.filter((e) => !drop.includes(e.label));
  const correction = add.length + drop.length > 0 ? { added: add, removed: drop } : undefined;
  return { labels, evidence, correction };
}
