import type { CallMode } from '../../domain/records/attempt.ts';

/** An unfinished call as kept for this tab: the machine's persisted snapshot plus what the trainee was typing. */
export interface SavedProgress {
  scenarioVersion: string;
  callId: string;
  startedAt: number;
  snapshot: unknown;
  draft: string;
}

const key = (profileId: string, scenarioId: string, mode: CallMode) => `hold-the-line:call:${profileId}:${scenarioId}:${mode}`;

function store(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage blocked: the call simply is not kept across a reload
  }
}

/**
 * The unfinished call for this trainee, scenario and mode, if this tab has
 * one for the same scenario content. Session storage, so a reload resumes
 * the call but a call abandoned in a closed tab does not come back days later.
 */
export function readProgress(profileId: string, scenarioId: string, mode: CallMode, scenarioVersion: string): SavedProgress | null {
  try {
    const raw = store()?.getItem(key(profileId, scenarioId, mode));
    if (!raw) return null;
    const p = JSON.parse(raw) as Partial<SavedProgress>;
    if (p.scenarioVersion !== scenarioVersion || typeof p.callId !== 'string' || typeof p.startedAt !== 'number' || typeof p.draft !== 'string' || !p.snapshot) return null;
    return p as SavedProgress;
  } catch {
    return null;
  }
}

/** Keeps the unfinished call; false when the browser would not store it. */
export function writeProgress(profileId: string, scenarioId: string, mode: CallMode, progress: SavedProgress): boolean {
  try {
    store()?.setItem(key(profileId, scenarioId, mode), JSON.stringify(progress));
    return store() !== null;
  } catch {
    return false;
  }
}

/** Forgets the unfinished call (it ended, or the trainee restarted it). */
export function clearProgress(profileId: string, scenarioId: string, mode: CallMode): void {
  try {
    store()?.removeItem(key(profileId, scenarioId, mode));
  } catch {
    /* nothing kept */
  }
}
