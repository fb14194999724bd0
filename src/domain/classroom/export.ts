import { attemptSchema, buildAttempt, type Attempt } from '../records/attempt.ts';
import { buildResultsBundle, type ResultsBundle } from '../records/results-bundle.ts';
import { scoreCall } from '../scenario/score.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ScenarioTranslations } from '../scenario/translation.ts';
import { playedScenario, replayCall, type ClassroomSession, type SessionCall } from './session.ts';

/**
 * One trainee's record of a finished classroom call: the whole call's
 * transcript (every turn names who answered, so a supervisor can replay and
 * re-score it), its score, and the classroom origin. Each trainee gets their
 * own attempt id, so a supervisor who imports the whole class keeps one
 * attempt per trainee instead of de-duplicating them into one.
 */
export function classroomAttempt(session: ClassroomSession, english: Scenario, call: SessionCall, traineeId: string, translations: ScenarioTranslations = {}): Attempt | null {
  const scenario = playedScenario(english, call, translations);
  const replay = replayCall(scenario, call);
  const { endingId, mood, transcript } = replay.context;
  if (!replay.done || !endingId || call.endedAt === null) return null;
  if (!replay.turns.some((t) => t.answeredBy === traineeId)) return null;
  // The English file gives the version fingerprint the supervisor's copy is compared with.
  const base = buildAttempt(english, {
    id: `${call.id}-${traineeId}`,
    profileId: traineeId,
    mode: 'coaching',
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    transcript,
    endingId,
    mood,
    score: scoreCall(scenario, { transcript, endingId, mood }),
  });
  return attemptSchema.parse({
    ...base,
    lang: call.lang,
    transcript: replay.turns,
    origin: { kind: 'classroom', sessionId: session.id, ...(session.trainer ? { trainer: session.trainer } : {}) },
  });
}

/** One results bundle per trainee who answered at least one turn of a finished call, in roster order. */
export function classroomBundles(session: ClassroomSession, scenarios: readonly Scenario[], appVersion: string, now = new Date(), translations: ScenarioTranslations = {}): ResultsBundle[] {
  const bundles: ResultsBundle[] = [];
  for (const trainee of session.roster) {
    const attempts: Attempt[] = [];
    for (const call of session.calls) {
      const scenario = scenarios.find((s) => s.id === call.scenarioId);
      const attempt = scenario ? classroomAttempt(session, scenario, call, trainee.id, translations) : null;
      if (attempt) attempts.push(attempt);
    }
    if (attempts.length > 0) bundles.push(buildResultsBundle({ trainee, attempts, source: 'classroom', appVersion, now }));
  }
  return bundles;
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
