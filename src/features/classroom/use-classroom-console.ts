import { useCallback, useEffect, useRef, useState } from 'react';
import { audienceSnapshot } from '../../domain/classroom/audience.ts';
import { claimLease, followersAfter, holderSilent, leaseChanged, openConsole, shouldRelease, writeCheck, type ConsoleRole } from '../../domain/classroom/console-lease.ts';
import { createSession, parseSession, SessionError, type ClassroomSession, type SessionProblem } from '../../domain/classroom/session.ts';
import { newAttemptId } from '../../domain/records/attempt.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import type { ScenarioTranslations } from '../../domain/scenario/translation.ts';
import type { Lang } from '../../domain/scoring/types.ts';
import { LEASE_KEY, openChannel, openConsoleChannel, readLease, readStoredSession, removeLease, SESSION_KEY, storeSession, writeLease } from './sync.ts';

export type SessionAction = (session: ClassroomSession, now: number) => ClassroomSession;

/**
 * How long a console that opened read-only waits for the window in charge to
 * answer before taking a lease nobody answers for. Generous: a busy classroom
 * laptop can take a second to answer, and answering late would cost the
 * window in charge its place (never its work: every write checks the lease).
 */
export const HOLDER_ANSWER_MS = 3000;

/** The session as stored, without side effects (a read-only console must not write, not even the "damaged" copy). */
function storedSessionNow(): ClassroomSession | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const read = parseSession(raw);
    return read.ok ? read.session : null;
  } catch {
    return null;
  }
}

/**
 * The console's session: read back from storage when the window opens, saved
 * on every change, and pushed to the projector as its public snapshot (also
 * whenever a projector window opens and asks).
 *
 * Only one console window writes (see console-lease.ts): a second one opens
 * read-only and follows the stored session; "take over" makes it the writer,
 * starting from the stored session, and the first one read-only. Every write
 * checks the stored lease first, so a window that missed the news cannot
 * overwrite the other's work.
 */
export function useClassroomConsole(scenarios: readonly Scenario[], translations: ScenarioTranslations, lang: Lang) {
  const [consoleId] = useState(newAttemptId);
  const [initial] = useState(readStoredSession);
  const [role, setRoleState] = useState<ConsoleRole>(() => openConsole(readLease(), consoleId).role);
  const roleRef = useRef(role);
  const [session, setSession] = useState<ClassroomSession>(() => initial.session ?? createSession({ id: newAttemptId(), lang, now: Date.now() }));
  const [saveFailed, setSaveFailed] = useState(false);
  const latest = useRef(session);
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);
  const consoles = useRef<ReturnType<typeof openConsoleChannel>>(null);
  /** Read-only console windows following this one while it is in charge. */
  const [followers, setFollowers] = useState<readonly string[]>([]);

  const show = useCallback((next: ClassroomSession) => {
    latest.current = next;
    setSession(next);
  }, []);

  /** Adopts a role; a console that stops writing shows the stored session from then on. */
  const setRole = useCallback(
    (next: ConsoleRole) => {
      const before = roleRef.current.role;
      roleRef.current = next;
      setRoleState((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
      if (next.role === 'read-only') {
        const stored = storedSessionNow();
        if (stored) show(stored);
      }
      if (before !== next.role) setFollowers([]);
      // Tell the other consoles, so the one in charge knows who follows it.
      consoles.current?.post({ type: next.role === 'in-charge' ? 'console-here' : 'console-following', from: consoleId });
    },
    [consoleId, show],
  );

  /** This window takes charge: the lease is its, and it continues from the stored session (the other window saved every change). */
  const takeCharge = useCallback(() => {
    writeLease(claimLease(consoleId, Date.now()));
    const stored = storedSessionNow();
    if (stored) show(stored);
    setRole({ role: 'in-charge' });
  }, [consoleId, show, setRole]);

  useEffect(() => {
    let waiting: ReturnType<typeof setTimeout> | undefined;
    const channel = openConsoleChannel((message) => {
      const role = roleRef.current;
      if (message.type === 'console-ping' && role.role === 'in-charge') channel?.post({ type: 'console-here', from: consoleId });
      if (message.type === 'console-here' && role.role === 'read-only') {
        if (message.from === role.holder) clearTimeout(waiting);
        channel?.post({ type: 'console-following', from: consoleId });
      }
      setFollowers((f) => followersAfter(f, message, role));
    });
    consoles.current = channel;
    /**
     * Asks in rounds: if this window was too busy to read the answer in time,
     * the answer is already queued when the first round ends and arrives
     * during the second, instead of losing a race with the timer.
     */
    const askHolder = (rounds: number) => {
      channel?.post({ type: 'console-ping', from: consoleId });
      waiting = setTimeout(() => {
        if (rounds > 1) return askHolder(rounds - 1);
        const next = holderSilent(roleRef.current, readLease(), consoleId);
        if (next.claim) takeCharge();
        else setRole(next.role);
      }, HOLDER_ANSWER_MS / 2);
    };
    const open = () => {
      const opened = openConsole(readLease(), consoleId);
      if (opened.claim) writeLease(claimLease(consoleId, Date.now()));
      setRole(opened.role);
      // Without a channel nobody can answer: the notice's button is the way to take a lease a closed window left behind.
      if (opened.checkHolder && channel) askHolder(2);
    };
    const onStorage = (e: StorageEvent) => {
      // key null: the whole storage was cleared.
      if (e.key === LEASE_KEY || e.key === null) {
        const next = leaseChanged(roleRef.current, readLease(), consoleId);
        if (next.claim) writeLease(claimLease(consoleId, Date.now()));
        setRole(next.role);
      } else if (e.key === SESSION_KEY && roleRef.current.role === 'read-only') {
        const stored = e.newValue ? parseSession(e.newValue) : null;
        if (stored?.ok) show(stored.session);
      }
    };
    const release = () => {
      if (shouldRelease(readLease(), consoleId)) removeLease();
      channel?.post({ type: 'console-bye', from: consoleId });
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) open();
    };
    open();
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', release);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      clearTimeout(waiting);
      release();
      channel?.close();
      consoles.current = null;
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', release);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [consoleId, setRole, show, takeCharge]);

  useEffect(() => {
    const c = openChannel((message) => {
      if (message.type === 'hello' && roleRef.current.role === 'in-charge') c.post({ type: 'snapshot', snapshot: audienceSnapshot(latest.current, scenarios, translations) });
    });
    channel.current = c;
    if (roleRef.current.role === 'in-charge') c.post({ type: 'snapshot', snapshot: audienceSnapshot(latest.current, scenarios, translations) });
    return () => {
      c.close();
      channel.current = null;
    };
  }, [scenarios, translations]);

  const inCharge = role.role === 'in-charge';
  useEffect(() => {
    if (!inCharge) return;
    const check = writeCheck(readLease(), consoleId);
    if (check === 'refuse') {
      setRole(leaseChanged(roleRef.current, readLease(), consoleId).role);
      return;
    }
    if (check === 'claim') writeLease(claimLease(consoleId, Date.now()));
    setSaveFailed(!storeSession(session));
    channel.current?.post({ type: 'snapshot', snapshot: audienceSnapshot(session, scenarios, translations) });
  }, [session, scenarios, translations, inCharge, consoleId, setRole]);

  /**
   * Applies an action; a refused one (paused, nothing to reveal...) leaves the
   * session as it was and says why. A console that is not in charge never
   * writes: it checks the stored lease right before, whatever it last heard.
   */
  const act = useCallback(
    (action: SessionAction): SessionProblem | null => {
      if (roleRef.current.role !== 'in-charge') return 'read-only';
      const check = writeCheck(readLease(), consoleId);
      if (check === 'refuse') {
        setRole(leaseChanged(roleRef.current, readLease(), consoleId).role);
        return 'read-only';
      }
      try {
        show(action(latest.current, Date.now()));
        return null;
      } catch (err) {
        if (err instanceof SessionError) return err.problem;
        throw err;
      }
    },
    [consoleId, setRole, show],
  );

  /** Starts over with an empty session (the trainer confirmed; the old one should have been exported). */
  const reset = useCallback(() => act(() => createSession({ id: newAttemptId(), lang, now: Date.now() })), [act, lang]);

  return { session, act, reset, saveFailed, damaged: initial.problem, resumed: initial.session !== null, role, takeOver: takeCharge, followers: followers.length };
}
