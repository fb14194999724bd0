import type { AudienceSnapshot } from '../../domain/classroom/audience.ts';
import { consoleMessageSchema, parseLease, type ConsoleLease, type ConsoleMessage } from '../../domain/classroom/console-lease.ts';
import { parseSession, type ClassroomSession } from '../../domain/classroom/session.ts';

/** Where the console keeps the session, so closing and reopening either window resumes it. */
export const SESSION_KEY = 'hold-the-line:classroom:session';
/** A session that would not read is set aside here rather than overwritten. */
export const DAMAGED_KEY = 'hold-the-line:classroom:damaged';
const CHANNEL_NAME = 'hold-the-line:classroom';
/** Which console window may write the session (see console-lease.ts). */
export const LEASE_KEY = 'hold-the-line:classroom:console';
/** Console windows' own channel, apart from the projector's, so neither has to filter the other's messages. */
const CONSOLE_CHANNEL_NAME = 'hold-the-line:classroom:consoles';

/** Console → projector: the public snapshot. Projector → console: "I just opened, send me the current one". */
export type ClassroomMessage = { type: 'snapshot'; snapshot: AudienceSnapshot } | { type: 'hello' };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export type StoredSession = { session: ClassroomSession | null; problem: string | null };

/** The stored session, or none; a damaged one is reported (and kept aside) rather than silently dropped. */
export function readStoredSession(): StoredSession {
  const raw = storage()?.getItem(SESSION_KEY);
  if (!raw) return { session: null, problem: null };
  const read = parseSession(raw);
  if (read.ok) return { session: read.session, problem: null };
  try {
    storage()?.setItem(DAMAGED_KEY, raw);
  } catch {
    /* no room: the message still names the problem */
  }
  return { session: null, problem: read.problem };
}

/** Saves the session; false when the browser would not store it (the console says so). */
export function storeSession(session: ClassroomSession | null): boolean {
  try {
    const s = storage();
    if (!s) return false;
    if (session) s.setItem(SESSION_KEY, JSON.stringify(session));
    else s.removeItem(SESSION_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The two windows' channel; a browser without BroadcastChannel falls back to storage events (see the audience view). */
export function openChannel(onMessage: (message: ClassroomMessage) => void): { post: (message: ClassroomMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<ClassroomMessage>) => {
    const data = event.data;
    if (data && (data.type === 'hello' || data.type === 'snapshot')) onMessage(data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** The lease as stored right now (read on every write, so it is never stale). */
export function readLease(): ConsoleLease | null {
  try {
    return parseLease(storage()?.getItem(LEASE_KEY));
  } catch {
    return null;
  }
}

/** Takes the lease for this console; false when storage is blocked (then every console writes alone, as before). */
export function writeLease(lease: ConsoleLease): boolean {
  try {
    storage()?.setItem(LEASE_KEY, JSON.stringify(lease));
    return true;
  } catch {
    return false;
  }
}

export function removeLease(): void {
  try {
    storage()?.removeItem(LEASE_KEY);
  } catch {
    /* storage blocked: nothing was stored either */
  }
}

/** The console windows' channel; null without BroadcastChannel (the storage event still carries lease changes). */
export function openConsoleChannel(onMessage: (message: ConsoleMessage) => void): { post: (message: ConsoleMessage) => void; close: () => void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CONSOLE_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const read = consoleMessageSchema.safeParse(event.data);
    if (read.success) onMessage(read.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** "4:05": minutes and seconds on the per-turn timer. */
export function formatTimer(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
