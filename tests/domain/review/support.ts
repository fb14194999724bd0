import { readdirSync, readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { buildAttempt, type Attempt } from '../../../src/domain/records/attempt.ts';
import { buildResultsBundle, type ResultsBundle } from '../../../src/domain/records/results-bundle.ts';
import type { Profile } from '../../../src/domain/profiles/profile.ts';
import '../../../src/domain/scoring/es/register.ts';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { loadScenarioFile } from '../../../src/domain/scenario/load.ts';
import { choiceEvent, localizeTurn, typedEvent } from '../../../src/domain/scenario/localize-call.ts';
import { scenarioIn, type ScenarioTranslations } from '../../../src/domain/scenario/translation.ts';
import type { Lang } from '../../../src/domain/scoring/types.ts';
import { scoreCall } from '../../../src/domain/scenario/score.ts';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';
import { readWalkthrough, type WalkTurn } from '../../../scripts/lib/play-walkthrough.ts';

export const SCENARIO_IDS = ['irma', 'bob', 'hal', 'anniversary-doctor', 'high-bill'] as const;

let cached: { scenarios: Scenario[]; translations: ScenarioTranslations } | null = null;
function load() {
  if (!cached) {
    const translations: ScenarioTranslations = {};
    const scenarios = SCENARIO_IDS.map((id) => {
      const loaded = loadScenarioFile(`scenarios/${id}.yaml`);
      if (!loaded.scenario) throw new Error(`scenarios/${id}.yaml does not load`);
      translations[id] = loaded.translations;
      return loaded.scenario;
    });
    cached = { scenarios, translations };
  }
  return cached;
}

/** The five course scenarios, loaded from scenarios/ as the app builds them. */
export function courseScenarios(): Scenario[] {
  return load().scenarios;
}

/** Their translations (`<id>.es.yaml`), as the app gets them from virtual:scenarios. */
export function courseTranslations(): ScenarioTranslations {
  return load().translations;
}

export function scenarioById(id: string): Scenario {
  const s = courseScenarios().find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

/** Every walk-through file with its scenario id, from expectations.json. */
export function walkthroughs(): { file: string; scenarioId: string }[] {
  const expectations = JSON.parse(readFileSync('tests/fixtures/walkthroughs/expectations.json', 'utf8')) as Record<string, { scenario: string }>;
  const files = readdirSync('tests/fixtures/walkthroughs').filter((f) => f !== 'expectations.json' && f.endsWith('.json'));
  return files.map((file) => ({ file, scenarioId: expectations[file]!.scenario }));
}

/**
 * Plays turns through the compiled scenario exactly as the call screen does:
 * typed words scored in the call's language, a picked response with its
 * declared labels, the transcript recorded in the words the trainee read.
 */
export function playAttempt(
  scenario: Scenario,
  turns: readonly WalkTurn[],
  record: { id: string; profileId: string; startedAt?: number; mode?: 'coaching' | 'exam'; lang?: Lang },
): Attempt {
  const lang = record.lang ?? 'en';
  const local = scenarioIn(scenario, lang, courseTranslations());
  const actor = createActor(compileScenario(scenario)).start();
  for (const turn of turns) {
    const snap = actor.getSnapshot();
    if (snap.status === 'done') break;
    if ('silent' in turn) actor.send({ type: 'trainee.staySilent' });
    else if ('say' in turn) actor.send(typedEvent(local, turn.say, lang));
    else {
      const step = local.steps.find((s) => s.id === snap.context.stepId)!;
      const response = step.responses.find((r) => r.id === turn.choose)!;
      actor.send(choiceEvent(local, response, lang));
    }
  }
  const { transcript, endingId, mood } = actor.getSnapshot().context;
  const startedAt = record.startedAt ?? Date.UTC(2026, 10, 2, 9, 0);
  return buildAttempt(scenario, {
    id: record.id,
    profileId: record.profileId,
    mode: record.mode ?? 'coaching',
    startedAt,
    endedAt: startedAt + 180_000,
    transcript: transcript.map((t) => localizeTurn(t, local, lang)),
    endingId: endingId!,
    mood,
    score: scoreCall(scenario, { transcript, endingId, mood }),
    lang,
  });
}

/** A walk-through file played into an attempt. */
export function walkthroughAttempt(file: string, scenarioId: string, record: { id: string; profileId: string; startedAt?: number; lang?: Lang }): Attempt {
  return playAttempt(scenarioById(scenarioId), readWalkthrough(file), record);
}

export function profile(id: string, name: string, team?: string): Profile {
  return { id, name, ...(team ? { team } : {}), createdAt: Date.UTC(2026, 9, 1) };
}

export function bundleOf(trainee: Profile, attempts: Attempt[]): ResultsBundle {
  return buildResultsBundle({ trainee, attempts, appVersion: '0.1.0', now: new Date(Date.UTC(2026, 10, 20)) });
}

/** A deep copy to edit without touching the original. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
