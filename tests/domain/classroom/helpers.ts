import { createProfile } from '../../../src/domain/profiles/profile.ts';
import { addTrainee, capture, createSession, nextTurn, startCall, type CaptureInput, type ClassroomSession } from '../../../src/domain/classroom/session.ts';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';
import type { WalkTurn } from '../../../scripts/lib/play-walkthrough.ts';

export const T0 = 1_700_000_000_000;

/** A session with Ana, Ben and Chloe present and a call of `scenario` started. */
export function classWithThree(scenario: Scenario): ClassroomSession {
  let s = createSession({ id: 'session-1', lang: 'en', trainer: 'Pat Trainer', now: T0 });
  for (const [i, name] of ['Ana', 'Ben', 'Chloe'].entries()) s = addTrainee(s, createProfile({ name }, T0, `trainee-${name.toLowerCase()}-${i}`), T0);
  return startCall(s, scenario.id, 'call-1', T0);
}

export function inputFor(turn: WalkTurn): CaptureInput {
  if ('silent' in turn) return { mode: 'silent' };
  if ('say' in turn) return { mode: 'typed', text: turn.say };
  return { mode: 'choice', responseId: turn.choose };
}

/** Plays walk-through turns as a class would: capture, discuss, next turn (rotating the hot seat). */
export function playClass(scenario: Scenario, session: ClassroomSession, turns: readonly WalkTurn[]): ClassroomSession {
  let s = session;
  let now = T0;
  for (const turn of turns) {
    const call = s.calls.at(-1)!;
    if (call.endedAt !== null) break;
    now += 30_000;
    s = capture(s, scenario, inputFor(turn), now);
    if (s.calls.at(-1)!.endedAt === null) s = nextTurn(s, (now += 60_000));
  }
  return s;
}
