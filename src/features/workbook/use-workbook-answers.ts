import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer, Answers } from '../../domain/workbook/answers.ts';
import { loadAnswers, readWriteAhead, saveAnswers, writeAhead } from '../../storage/answers-store.ts';
import { StorageUnavailableError, type StorageProblem } from '../../storage/db.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

// Saves start at most this long after the first unsaved keystroke, however fast the trainee types.
export const SAVE_DELAY_MS = 400;

const problemOf = (err: unknown): StorageProblem => (err instanceof StorageUnavailableError ? err.problem : 'failed');

/**
 * A profile's workbook answers: loaded from IndexedDB, updated on every
 * keystroke, copied synchronously to a write-ahead log and saved shortly after.
 */
export function useWorkbookAnswers(profileId: string | null) {
  const [answers, setAnswers] = useState<Answers>({});
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [storageProblem, setStorageProblem] = useState<StorageProblem | null>(null);
  const pending = useRef(new Map<string, { profileId: string; answer: Answer }>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current.size === 0) return;
    const batch = [...pending.current.values()];
    pending.current.clear();
    const byProfile = new Map<string, Answer[]>();
    for (const { profileId: p, answer } of batch) byProfile.set(p, [...(byProfile.get(p) ?? []), answer]);
    setSaveState('saving');
    try {
      for (const [p, list] of byProfile) await saveAnswers(p, list);
      setStorageProblem(null);
      setSaveState(pending.current.size > 0 ? 'pending' : 'saved');
    } catch (err) {
      // The write-ahead copies stay in localStorage (when it works) and the answers stay on screen for export.
      setStorageProblem(problemOf(err));
      setSaveState('failed');
    }
  }, []);

  useEffect(() => {
    let live = true;
    void flush();
    setAnswers({});
    setLoadedFor(null);
    if (!profileId) return;
    loadAnswers(profileId).then(
      (loaded) => {
        if (!live) return;
        setAnswers(loaded);
        setLoadedFor(profileId);
      },
      (err: unknown) => {
        if (!live) return;
        setStorageProblem(problemOf(err));
        setAnswers(Object.fromEntries(readWriteAhead(profileId).map((a) => [a.promptId, a])));
        setLoadedFor(profileId);
      },
    );
    return () => {
      live = false;
    };
  }, [profileId, flush]);

  // Leaving the page (tab closed, app switched on a tablet) saves at once rather than after the delay.
  useEffect(() => {
    const now = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
      now();
    };
  }, [flush]);

  const schedule = useCallback(() => {
    setSaveState('pending');
    timer.current ??= setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  const setAnswer = useCallback(
    (promptId: string, text: string) => {
      if (!profileId) return;
      const answer: Answer = { promptId, text, updatedAt: Date.now() };
      setAnswers((prev) => ({ ...prev, [promptId]: answer }));
      writeAhead(profileId, answer);
      pending.current.set(`${profileId}\u0000${promptId}`, { profileId, answer });
      schedule();
    },
    [profileId, schedule],
  );

  /** Adds imported answers and saves them straight away. */
  const putAnswers = useCallback(
    async (list: Answer[]) => {
      if (!profileId || list.length === 0) return;
      setAnswers((prev) => ({ ...prev, ...Object.fromEntries(list.map((a) => [a.promptId, a])) }));
      for (const a of list) {
        writeAhead(profileId, a);
        pending.current.set(`${profileId}\u0000${a.promptId}`, { profileId, answer: a });
      }
      await flush();
    },
    [profileId, flush],
  );

  return { answers, loaded: profileId !== null && loadedFor === profileId, saveState, storageProblem, setAnswer, putAnswers };
}
