import { describe, expect, it, vi } from 'vitest';
import { loadScenario, readWalkthrough } from '../../../scripts/lib/play-walkthrough.ts';
import { audienceSnapshot } from '../../../src/domain/classroom/audience.ts';
import { capture, currentCall, nextTurn, replayCall, setDraft, toggleFeedback, toggleLine, type ClassroomSession } from '../../../src/domain/classroom/session.ts';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';
import { classWithThree, inputFor, T0 } from './helpers.ts';

// Each test replays whole calls through the scorer and the machine; a busy 2-core machine needs more than 5 s.
vi.setConfig({ testTimeout: 30_000 });

/** Every piece of text the trainer alone may see: coaching notes, stage directions, what steps test. */
function trainerOnlyTexts(scenario: Scenario): string[] {
  const out: string[] = [];
  for (const step of scenario.steps) {
    for (const r of step.responses) out.push(r.coaching);
    for (const line of [...step.caller, ...(step.continues ?? []), ...step.branches.flatMap((b) => b.reply ?? []), ...(step.default.reply ?? []), ...(step.silence?.reply ?? [])]) {
      if (line.direction) out.push(line.direction);
    }
  }
  for (const e of scenario.endings) for (const line of e.caller ?? []) if (line.direction) out.push(line.direction);
  // A one-word direction ("firm") could turn up inside anyone's words; the key check below covers those.
  return [...new Set(out)].filter((text) => text.length >= 12);
}

const pendingTexts = (scenario: Scenario, s: ClassroomSession) => replayCall(scenario, currentCall(s)!).context.pending.map((l) => l.text);

describe('the projector snapshot', () => {
  it.each([
    ['irma', 'irma-resolved-choices.json'],
    ['bob', 'bob-resolved-choices.json'],
    ['hal', 'hal-resolved-typed.json'],
    ['anniversary-doctor', 'anniversary-doctor-resolved-choices.json'],
    ['high-bill', 'high-bill-resolved-choices.json'],
  ])('never carries coaching notes or stage directions, nor caller lines before they are shown (%s)', (id, file) => {
    const scenario = loadScenario(id);
    const secret = trainerOnlyTexts(scenario);
    expect(secret.length).toBeGreaterThan(0);
    let s = setDraft(classWithThree(scenario), 'TRAINER-DRAFT-TEXT', T0);
    let now = T0;
    const check = (session: ClassroomSession, linesMayShow: boolean) => {
      const json = JSON.stringify(audienceSnapshot(session, [scenario]));
      for (const text of secret) expect(json).not.toContain(JSON.stringify(text).slice(1, -1));
      expect(json).not.toContain('TRAINER-DRAFT-TEXT');
      expect(json).not.toMatch(/"(coaching|direction|expects|punishes|draft)"/);
      if (!linesMayShow) for (const line of pendingTexts(scenario, session)) expect(json).not.toContain(JSON.stringify(line).slice(1, -1));
    };
    for (const turn of readWalkthrough(file)) {
      check(s, false);
      check(toggleLine(s, now), true);
      s = capture(s, scenario, inputFor(turn), (now += 1000));
      check(s, false);
      const revealed = toggleFeedback(s, (now += 1000));
      check(revealed, false);
      if (currentCall(s)!.endedAt !== null) break;
      s = nextTurn(revealed, (now += 1000));
    }
    expect(audienceSnapshot(s, [scenario]).phase).toBe('ended');
  });

  it('shows the caller line only once shown, and the feedback (marked answer, rule, model answer) only once revealed', () => {
    const irma = loadScenario('irma');
    let s = classWithThree(irma);
    let snap = audienceSnapshot(s, [irma]);
    expect(snap).toMatchObject({ phase: 'live', hotSeat: 'Ana', turn: 1, lines: null, feedback: null, title: irma.title, mood: irma.mood.start });
    expect(snap.persona).toEqual({ name: irma.persona.name, role: irma.persona.role, business: irma.persona.business });
    s = toggleLine(s, T0 + 1);
    expect(audienceSnapshot(s, [irma]).lines!.map((l) => l.text)).toEqual(irma.steps[0]!.caller.map((l) => l.text));
    const text = 'Mrs. Kowal, I am so sorry. We were short-staffed that night.';
    s = capture(s, irma, { mode: 'typed', text }, T0 + 2);
    expect(audienceSnapshot(s, [irma]).feedback).toBeNull();
    s = toggleFeedback(s, T0 + 3);
    snap = audienceSnapshot(s, [irma]);
    expect(snap.feedback).toMatchObject({ answeredBy: 'Ana', text });
    expect(snap.feedback!.faults).toContain('excuse');
    expect(snap.feedback!.evidence.find((e) => e.label === 'excuse')!.reason.length).toBeGreaterThan(0);
    expect(snap.feedback!.modelAnswer).toBe((irma.steps[0]!.responses.find((r) => r.model) ?? irma.steps[0]!.responses[0]!).text);
    expect(snap.roster).toEqual([
      { name: 'Ana', turns: 1 },
      { name: 'Ben', turns: 0 },
      { name: 'Chloe', turns: 0 },
    ]);
  });

  it('before any call it shows only the roster', () => {
    const irma = loadScenario('irma');
    const s = { ...classWithThree(irma), calls: [] };
    expect(audienceSnapshot(s, [irma])).toMatchObject({ phase: 'waiting', title: null, persona: null, lines: null, feedback: null, summary: null, hotSeat: 'Ana' });
  });
});
