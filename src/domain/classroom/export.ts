import { attemptSchema, buildAttempt, inputMix, scenarioVersion, type Attempt } from '../records/attempt.ts';
import { buildResultsBundle, type ResultsBundle } from '../records/results-bundle.ts';
import { scoreCall } from '../scenario/score.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ScenarioTranslations } from '../scenario/translation.ts';
import { playedScenario, replayCall, type ClassroomSession, type SessionCall } from './session.ts';

/**
 * One trainee's record of a classroom call: the whole call's transcript
 * (every turn names who answered, so a supervisor can replay and re-score
 * it), its score, and the classroom origin. A call still in progress (the
 * class ended mid-call) is recorded as far as it went, marked `unfinished`
 * with no ending, and `endedAt` is the export time. Each trainee gets their
 * own attempt id, so a supervisor who imports the whole class keeps one
 * attempt per trainee instead of de-duplicating them into one.
 */
export function classroomAttempt(session: ClassroomSession, english: Scenario, call: SessionCall, traineeId: string, translations: ScenarioTranslations = {}, now = Date.now()): Attempt | null {
  const scenario = playedScenario(english, call, translations);
  const replay = replayCall(scenario, call);
  const { endingId, mood, transcript, stepId } = replay.context;
  if (!replay.turns.some((t) => t.answeredBy === traineeId)) return null;
  const finished = replay.done && endingId !== null && call.endedAt !== null;
  const score = scoreCall(scenario, { transcript, endingId: finished ? endingId : null, mood });
  const common = {
    lang: call.lang,
    transcript: replay.turns,
    origin: { kind: 'classroom', sessionId: session.id, ...(session.trainer ? { trainer: session.trainer } : {}) },
  };
  const record = { id: `${call.id}-${traineeId}`, profileId: traineeId, mode: 'coaching' as const, startedAt: call.startedAt, transcript, mood, score };
  if (finished) {
    // The English file gives the version fingerprint the supervisor's copy is compared with.
    return attemptSchema.parse({ ...buildAttempt(english, { ...record, endedAt: call.endedAt!, endingId: endingId! }), ...common });
  }
  return attemptSchema.parse({
    // Not the finished call's id: a dashboard keeps the first copy of an id, and the finished call must not be skipped as already there.
    id: `${record.id}-unfinished-${transcript.length}`,
    profileId: traineeId,
    scenarioId: english.id,
    scenarioVersion: scenarioVersion(english),
    mode: record.mode,
    inputMix: inputMix(transcript),
    startedAt: call.startedAt,
    endedAt: Math.max(now, call.startedAt),
    finalMood: mood,
    score,
    endingId: null,
    outcome: null,
    unfinished: { stepId },
    ...common,
  });
}

/** One results bundle per trainee who answered at least one turn, finished calls and the one in progress alike, in roster order. */
export function classroomBundles(session: ClassroomSession, scenarios: readonly Scenario[], appVersion: string, now = new Date(), translations: ScenarioTranslations = {}): ResultsBundle[] {
  const bundles: ResultsBundle[] = [];
  for (const trainee of session.roster) {
    const attempts: Attempt[] = [];
    for (const call of session.calls) {
      const scenario = scenarios.find((s) => s.id === call.scenarioId);
      const attempt = scenario ? classroomAttempt(session, scenario, call, trainee.id, translations, now.getTime()) : null;
      if (attempt) attempts.push(attempt);
    }
    if (attempts.length > 0) bundles.push(buildResultsBundle({ trainee, attempts, source: 'classroom', appVersion, now }));
  }
  return bundles;
}

/** What "Export results" will put in the file, so the console can say so before the trainer presses it. */
export interface ExportContents {
  /** Trainees (on the roster) who answered at least one turn: one bundle each. */
  trainees: number;
  finishedCalls: number;
  /** Calls with answers that have not reached an ending (at most the current one); exported marked as not finished. */
  unfinishedCalls: number;
}

export function exportContents(session: ClassroomSession): ExportContents {
  const answered = new Set(session.calls.flatMap((c) => c.answers.map((a) => a.answeredBy)));
  const played = session.calls.filter((c) => c.answers.length > 0);
  return {
    trainees: session.roster.filter((p) => answered.has(p.id)).length,
    finishedCalls: played.filter((c) => c.endedAt !== null).length,
    unfinishedCalls: played.filter((c) => c.endedAt === null).length,
  };
}

/** A file name for a trainee's bundle: their name made safe for any file system, and the date. */
export function bundleFileName(bundle: ResultsBundle): string {
  const safe = bundle.trainee.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${safe || 'trainee'}-${bundle.trainee.id.slice(0, 8)}-${bundle.exportedAt.slice(0, 10)}.json`;
}
