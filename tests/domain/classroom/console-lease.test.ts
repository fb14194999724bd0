import { describe, expect, it } from 'vitest';
import { claimLease, followersAfter, holderSilent, leaseChanged, openConsole, parseLease, shouldRelease, writeCheck, type ConsoleLease, type ConsoleRole } from '../../../src/domain/classroom/console-lease.ts';

const A = 'console-a';
const B = 'console-b';
const C = 'console-c';
const held = (id: string): ConsoleLease => claimLease(id, 1);

/** Two console windows sharing one stored lease, as two tabs share localStorage. */
function twoWindows() {
  let stored: ConsoleLease | null = null;
  const roles: Record<string, ConsoleRole> = {};
  const open = (id: string) => {
    const opened = openConsole(stored, id);
    if (opened.claim) stored = claimLease(id, 2);
    roles[id] = opened.role;
  };
  /** Every other window hears about a change of the stored lease (the storage event). */
  const broadcast = (except: string) => {
    for (const id of Object.keys(roles)) {
      if (id === except) continue;
      const next = leaseChanged(roles[id]!, stored, id);
      if (next.claim) stored = claimLease(id, 3);
      roles[id] = next.role;
    }
  };
  return {
    open,
    takeOver: (id: string) => {
      stored = claimLease(id, 4);
      roles[id] = { role: 'in-charge' };
      broadcast(id);
    },
    close: (id: string) => {
      if (shouldRelease(stored, id)) stored = null;
      delete roles[id];
      broadcast(id);
    },
    writes: (id: string) => writeCheck(stored, id),
    roles,
    stored: () => stored,
  };
}

describe('console lease', () => {
  it('reads a stored lease, and treats a missing or damaged one as free', () => {
    expect(parseLease(JSON.stringify(held(A)))).toEqual(held(A));
    expect(parseLease(null)).toBeNull();
    expect(parseLease('{"consoleId":')).toBeNull();
    expect(parseLease('{"consoleId":"","claimedAt":1}')).toBeNull();
  });

  it('the first console takes charge; a second one opens read-only and checks the first is still there', () => {
    expect(openConsole(null, A)).toEqual({ role: { role: 'in-charge' }, claim: true, checkHolder: false });
    expect(openConsole(held(A), B)).toEqual({ role: { role: 'read-only', reason: 'other-console', holder: A }, claim: false, checkHolder: true });
  });

  it('keeps exactly one console writing through open, take over, take back and close', () => {
    const w = twoWindows();
    w.open(A);
    w.open(B);
    expect([w.writes(A), w.writes(B)]).toEqual(['write', 'refuse']);

    w.takeOver(B);
    expect(w.roles[A]).toEqual({ role: 'read-only', reason: 'taken-over', holder: B });
    expect([w.writes(A), w.writes(B)]).toEqual(['refuse', 'write']);

    w.takeOver(A);
    expect(w.roles[B]).toEqual({ role: 'read-only', reason: 'taken-over', holder: A });
    expect([w.writes(A), w.writes(B)]).toEqual(['write', 'refuse']);

    // The window in charge closes: the other does not grab the session by itself, it offers to continue.
    w.close(A);
    expect(w.roles[B]).toEqual({ role: 'read-only', reason: 'other-closed', holder: null });
    expect(w.stored()).toBeNull();
    w.takeOver(B);
    expect(w.writes(B)).toBe('write');
  });

  it('a read-only console closing never releases the lease of the one in charge', () => {
    const w = twoWindows();
    w.open(A);
    w.open(B);
    w.close(B);
    expect(w.stored()?.consoleId).toBe(A);
    expect(w.roles[A]).toEqual({ role: 'in-charge' });
  });

  it('a console in charge whose lease vanished (storage cleared) claims it back', () => {
    expect(leaseChanged({ role: 'in-charge' }, null, A)).toEqual({ role: { role: 'in-charge' }, claim: true });
  });

  it('a third window taking over is still "taken over" for the one that lost it', () => {
    const bumped: ConsoleRole = { role: 'read-only', reason: 'taken-over', holder: B };
    expect(leaseChanged(bumped, held(C), A).role).toEqual({ role: 'read-only', reason: 'taken-over', holder: C });
    const second: ConsoleRole = { role: 'read-only', reason: 'other-closed', holder: null };
    expect(leaseChanged(second, held(C), A).role).toEqual({ role: 'read-only', reason: 'other-console', holder: C });
  });

  it('claims a lease left by a window that no longer answers, but not one that moved to a live window meanwhile', () => {
    const waiting: ConsoleRole = { role: 'read-only', reason: 'other-console', holder: A };
    expect(holderSilent(waiting, held(A), B)).toEqual({ role: { role: 'in-charge' }, claim: true });
    expect(holderSilent(waiting, null, B)).toEqual({ role: { role: 'in-charge' }, claim: true });
    expect(holderSilent(waiting, held(C), B)).toEqual({ role: { role: 'read-only', reason: 'other-console', holder: C }, claim: false });
    expect(holderSilent({ role: 'in-charge' }, held(B), B).claim).toBe(false);
  });

  it('a write claims a free lease first, and is refused while another window holds it', () => {
    expect(writeCheck(null, A)).toBe('claim');
    expect(writeCheck(held(A), A)).toBe('write');
    expect(writeCheck(held(B), A)).toBe('refuse');
  });

  it('a console in charge knows which read-only windows follow it, until they close or it stops being in charge', () => {
    const inCharge: ConsoleRole = { role: 'in-charge' };
    let f = followersAfter([], { type: 'console-ping', from: B }, inCharge);
    f = followersAfter(f, { type: 'console-following', from: B }, inCharge);
    f = followersAfter(f, { type: 'console-following', from: C }, inCharge);
    expect(f).toEqual([B, C]);
    expect(followersAfter(f, { type: 'console-bye', from: B }, inCharge)).toEqual([C]);
    expect(followersAfter(f, { type: 'console-here', from: C }, inCharge)).toBe(f);
    expect(followersAfter(f, { type: 'console-following', from: B }, { role: 'read-only', reason: 'taken-over', holder: B })).toEqual([]);
  });
});
