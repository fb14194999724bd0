import { z } from 'zod';

/**
 * Which console window is in charge of the classroom session. The session
 * has one writer: a trainer who opens the console in a second tab gets a
 * read-only console that follows along, with a button to take over. The
 * lease is a small record (kept in localStorage beside the session) naming
 * the console window that may write; every write checks it first, so a
 * window that missed a message still cannot overwrite the other's work.
 * Messages between windows only make the notice appear promptly.
 */
export const leaseSchema = z.object({
  /** A random id per console window (not per browser: two tabs have two). */
  consoleId: z.string().min(1),
  claimedAt: z.number(),
});
export type ConsoleLease = z.infer<typeof leaseSchema>;

/** A stored lease, or null when there is none or it does not read (then nobody holds it). */
export function parseLease(raw: string | null | undefined): ConsoleLease | null {
  if (!raw) return null;
  try {
    const read = leaseSchema.safeParse(JSON.parse(raw));
    return read.success ? read.data : null;
  } catch {
    return null;
  }
}

export function claimLease(consoleId: string, now: number): ConsoleLease {
  return { consoleId, claimedAt: now };
}

/**
 * Why a console is read-only, which its notice says:
 * another window already had the session when this one opened, another
 * window took over from this one, or the window in charge has closed
 * (nobody writes until the trainer continues here).
 */
export type ReadOnlyReason = 'other-console' | 'taken-over' | 'other-closed';

export type ConsoleRole = { role: 'in-charge' } | { role: 'read-only'; reason: ReadOnlyReason; holder: string | null };

const IN_CHARGE: ConsoleRole = { role: 'in-charge' };

/** A console window opening: it takes a free lease; a lease held by another window makes it read-only (and it checks that window is still there). */
export function openConsole(lease: ConsoleLease | null, consoleId: string): { role: ConsoleRole; claim: boolean; checkHolder: boolean } {
  if (!lease || lease.consoleId === consoleId) return { role: IN_CHARGE, claim: true, checkHolder: false };
  return { role: { role: 'read-only', reason: 'other-console', holder: lease.consoleId }, claim: false, checkHolder: true };
}

/**
 * The stored lease changed (another window claimed or released it). A
 * console in charge that finds another holder has been taken over; a console
 * in charge that finds the lease gone claims it back (nobody else wrote it).
 * A read-only console never claims by itself here: two of them would race,
 * and a window being reloaded wants its place back.
 */
export function leaseChanged(current: ConsoleRole, lease: ConsoleLease | null, consoleId: string): { role: ConsoleRole; claim: boolean } {
  if (lease?.consoleId === consoleId) return { role: IN_CHARGE, claim: false };
  if (current.role === 'in-charge') {
    if (!lease) return { role: IN_CHARGE, claim: true };
    return { role: { role: 'read-only', reason: 'taken-over', holder: lease.consoleId }, claim: false };
  }
  if (!lease) return { role: { role: 'read-only', reason: 'other-closed', holder: null }, claim: false };
  // Someone (a third window, or the same one after a reload) holds it now; keep saying it was taken over if it was.
  return { role: { role: 'read-only', reason: current.reason === 'taken-over' ? 'taken-over' : 'other-console', holder: lease.consoleId }, claim: false };
}

/**
 * Nobody answered for the holder a read-only console saw on opening (its
 * window crashed or was killed without releasing): if the lease still names
 * that holder, this console claims it. A lease that moved on meanwhile is
 * someone alive, and is left alone.
 */
export function holderSilent(current: ConsoleRole, lease: ConsoleLease | null, consoleId: string): { role: ConsoleRole; claim: boolean } {
  if (current.role === 'in-charge') return { role: current, claim: false };
  if (lease && lease.consoleId !== consoleId && lease.consoleId !== current.holder) return leaseChanged(current, lease, consoleId);
  return { role: IN_CHARGE, claim: true };
}

/**
 * Before every write: may this console write, given the lease as stored right
 * now? It writes when it holds the lease, claims a free one first, and is
 * refused (and becomes read-only) when another window holds it.
 */
export function writeCheck(lease: ConsoleLease | null, consoleId: string): 'write' | 'claim' | 'refuse' {
  if (!lease) return 'claim';
  return lease.consoleId === consoleId ? 'write' : 'refuse';
}

/** On closing: a console releases the lease only if it is still its own (never another window's). */
export function shouldRelease(lease: ConsoleLease | null, consoleId: string): boolean {
  return lease?.consoleId === consoleId;
}

/**
 * What console windows tell each other: a console opening read-only asks
 * "is the one in charge there?" (ping); the one in charge says "here" (also
 * whenever it takes charge); a read-only console says it is following
 * (whenever it becomes read-only, and in answer to "here"); a closing
 * window says goodbye.
 */
export const consoleMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('console-ping'), from: z.string().min(1) }),
  z.object({ type: z.literal('console-here'), from: z.string().min(1) }),
  z.object({ type: z.literal('console-following'), from: z.string().min(1) }),
  z.object({ type: z.literal('console-bye'), from: z.string().min(1) }),
]);
export type ConsoleMessage = z.infer<typeof consoleMessageSchema>;

/** The read-only console windows a console in charge knows are open (it says so); a read-only console tracks none. */
export function followersAfter(followers: readonly string[], message: ConsoleMessage, role: ConsoleRole): readonly string[] {
  if (role.role !== 'in-charge') return followers.length === 0 ? followers : [];
  if (message.type === 'console-ping' || message.type === 'console-following') return followers.includes(message.from) ? followers : [...followers, message.from];
  if (message.type === 'console-bye') return followers.includes(message.from) ? followers.filter((f) => f !== message.from) : followers;
  return followers;
}
