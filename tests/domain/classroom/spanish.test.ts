import { describe, expect, it, vi } from 'vitest';
import { readWalkthrough } from '../../../scripts/lib/play-walkthrough.ts';
import { audienceSnapshot } from '../../../src/domain/classroom/audience.ts';
import { classroomBundles } from '../../../src/domain/classroom/export.ts';
import { currentCall, playedScenario, replayCall, startCall, toggleLine } from '../../../src/domain/classroom/session.ts';
import { parseBundleFile } from '../../../src/domain/review/parse.ts';
import { loadScenarioFile } from '../../../src/domain/scenario/load.ts';
import { classWithThree, playClass, T0 } from './helpers.ts';

// Each test replays whole calls through the scorer and the machine; a busy 2-core machine needs more than 5 s.
vi.setConfig({ testTimeout: 30_000 });

const loaded = loadScenarioFile('scenarios/irma.yaml');
const irma = loaded.scenario!;
const translations = { irma: loaded.translations };

describe('a classroom call in Spanish', () => {
  it('plays the same path in Spanish words, shows Spanish on the projector, and exports Spanish attempts', () => {
    expect(loaded.translations.es).toBeDefined();
    const base = classWithThree(irma);
    let s = startCall({ ...base, calls: [] }, 'irma', 'call-es', T0, 'es');
    const es = playedScenario(irma, currentCall(s)!, translations);
    expect(es.steps[0]!.caller[0]!.text).not.toBe(irma.steps[0]!.caller[0]!.text);
    const first = audienceSnapshot(toggleLine(s, T0 + 1), [irma], translations);
    expect(first.lines!.map((l) => l.text)).toEqual(es.steps[0]!.caller.map((l) => l.text));
    expect(first.title).toBe(es.title);

    const turns = readWalkthrough('irma-resolved-choices.json');
    s = playClass(es, s, turns);
    const english = playClass(irma, base, turns);
    const path = (session: typeof s, scenario: typeof irma) => replayCall(scenario, currentCall(session)!).turns.map((t) => [t.stepId, t.next, t.moodAfter]);
    expect(path(s, es)).toEqual(path(english, irma));

    const bundles = classroomBundles(s, [irma], 'x', new Date(T0), translations);
    expect(bundles).toHaveLength(3);
    for (const b of bundles) {
      expect(b.attempts[0]!.lang).toBe('es');
      expect(parseBundleFile('x.json', JSON.stringify(b)).ok).toBe(true);
      // The picked responses travel in Spanish words, with their declared labels.
      const firstTurn = b.attempts[0]!.transcript[0]!;
      expect(firstTurn.text).toBe(es.steps[0]!.responses.find((r) => r.id === firstTurn.responseId)!.text);
    }
  });
});
