import { useCallback, useEffect, useRef, useState } from 'react';
import { audienceSnapshot } from '../../domain/classroom/audience.ts';
import { createSession, SessionError, type ClassroomSession, type SessionProblem } from '../../domain/classroom/session.ts';
import { newAttemptId } from '../../domain/records/attempt.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import type { ScenarioTranslations } from '../../domain/scenario/translation.ts';
import type { Lang } from '../../domain/scoring/types.ts';
import { openChannel, readStoredSession, storeSession } from './sync.ts';

export type SessionAction = (session: ClassroomSession, now: number) => ClassroomSession;

/**
 * The console's session: read back from storage when the window opens, saved
 * on every change, and pushed to the projector as its public snapshot (also
 * whenever a projector window opens and asks).
 */
export function useClassroomConsole(scenarios: readonly Scenario[], translations: ScenarioTranslations, lang: Lang) {
  const [initial] = useState(readStoredSession);
  const [session, setSession] = useState<ClassroomSession>(() => initial.session ?? createSession({ id: newAttemptId(), lang, now: Date.now() }));
  const [saveFailed, setSaveFailed] = useState(false);
  const latest = useRef(session);
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);

  useEffect(() => {
    const c = openChannel((message) => {
      if (message.type === 'hello') c.post({ type: 'snapshot', snapshot: audienceSnapshot(latest.current, scenarios, translations) });
    });
    channel.current = c;
    c.post({ type: 'snapshot', snapshot: audienceSnapshot(latest.current, scenarios, translations) });
    return () => {
      c.close();
      channel.current = null;
    };
  }, [scenarios, translations]);

  useEffect(() => {
    setSaveFailed(!storeSession(session));
    channel.current?.post({ type: 'snapshot', snapshot: audienceSnapshot(session, scenarios, translations) });
  }, [session, scenarios, translations]);

  /** Applies an action; a refused one (paused, nothing to reveal...) leaves the session as it was and says why. */
  const act = useCallback((action: SessionAction): SessionProblem | null => {
    try {
      const next = action(latest.current, Date.now());
      latest.current = next;
      setSession(next);
      return null;
    } catch (err) {
      if (err instanceof SessionError) return err.problem;
      throw err;
    }
  }, []);

  /** Starts over with an empty session (the trainer confirmed; the old one should have been exported). */
  const reset = useCallback(() => {
    const fresh = createSession({ id: newAttemptId(), lang, now: Date.now() });
    latest.current = fresh;
    setSession(fresh);
  }, [lang]);

  return { session, act, reset, saveFailed, damaged: initial.problem, resumed: initial.session !== null };
}
