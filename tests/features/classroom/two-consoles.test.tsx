import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ClassroomPage from '../../../src/features/classroom/ClassroomPage.tsx';
import { LEASE_KEY, SESSION_KEY } from '../../../src/features/classroom/sync.ts';
import { HOLDER_ANSWER_MS } from '../../../src/features/classroom/use-classroom-console.ts';
import { addTrainee, capture, createSession, parseSession, startCall, type ClassroomSession } from '../../../src/domain/classroom/session.ts';
import { createProfile } from '../../../src/domain/profiles/profile.ts';
import scenarios from 'virtual:scenarios';

vi.setConfig({ testTimeout: 30_000 });

const irma = scenarios.find((s) => s.id === 'irma')!;
const OTHER = 'other-console-window';
const T0 = 1_700_000_000_000;

let others: BroadcastChannel[] = [];
beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const c of others) c.close();
  others = [];
});

function stored(): ClassroomSession {
  const read = parseSession(localStorage.getItem(SESSION_KEY)!);
  if (!read.ok) throw new Error(read.problem);
  return read.session;
}

/** What another console window does to this one's storage: write a key, and this window hears the storage event. */
async function otherWindowWrites(key: string, value: string | null) {
  const oldValue = localStorage.getItem(key);
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  await act(async () => {
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: value, storageArea: localStorage }));
  });
}

/** Another console window, in charge and alive: it holds the lease and answers "are you there?". */
function otherConsoleInCharge(session: ClassroomSession) {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  localStorage.setItem(LEASE_KEY, JSON.stringify({ consoleId: OTHER, claimedAt: T0 }));
  const answered = { times: 0 };
  const channel = new BroadcastChannel('hold-the-line:classroom:consoles');
  channel.onmessage = (e: MessageEvent<{ type: string }>) => {
    if (e.data.type !== 'console-ping') return;
    channel.postMessage({ type: 'console-here', from: OTHER });
    answered.times++;
  };
  others.push(channel);
  return answered;
}

const withAna = () => addTrainee(createSession({ id: 'session-1', lang: 'en', now: T0 }), createProfile({ name: 'Ana' }, T0, 'trainee-ana'), T0);
const notice = () => screen.queryByRole('region', { name: /This console is read-only/ });
const heldBy = () => JSON.parse(localStorage.getItem(LEASE_KEY)!).consoleId as string;

describe('two console windows on one session', () => {
  it('runs where windows can talk to each other (BroadcastChannel)', () => {
    expect(typeof BroadcastChannel).toBe('function');
  });

  it('a second console opens read-only, follows the one in charge, and takes over from the stored session', async () => {
    const user = userEvent.setup();
    otherConsoleInCharge(withAna());
    render(<ClassroomPage />);

    expect(within(notice()!).getByText(/This session is open in another console window, which is in charge/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add trainee' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Start the call' })).toBeDisabled();
    expect(screen.getByLabelText("Trainee's name")).toBeDisabled();

    // The other window starts a call and the trainee answers: this one follows along.
    const answered = capture(startCall(withAna(), 'irma', 'call-1', T0 + 1), irma, { mode: 'choice', responseId: irma.steps[0]!.responses[0]!.id }, T0 + 2);
    await otherWindowWrites(SESSION_KEY, JSON.stringify(answered));
    expect(screen.getByRole('region', { name: "Discussion: Ana's answer" })).toBeInTheDocument();
    // Its shortcuts do nothing here.
    await user.keyboard('r');
    expect(stored().feedbackShown).toBe(false);
    expect(stored()).toEqual(answered);

    await user.click(screen.getByRole('button', { name: 'Take over in this window' }));
    expect(notice()).toBeNull();
    expect(screen.getByText('This console window is now in charge of the session.')).toBeInTheDocument();
    expect(heldBy()).not.toBe(OTHER);
    await user.click(screen.getByRole('button', { name: 'Reveal the feedback on the projector' }));
    // It continued from what the other window saved, and now writes.
    expect(stored()).toMatchObject({ id: 'session-1', feedbackShown: true, calls: [{ id: 'call-1', answers: [{ answeredBy: 'trainee-ana' }] }] });
  });

  it('the console in charge, taken over by another window, turns read-only, says so, and never writes again until it takes back', async () => {
    const user = userEvent.setup();
    render(<ClassroomPage />);
    expect(notice()).toBeNull();
    await user.type(screen.getByLabelText("Trainee's name"), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Add trainee' }));
    await user.type(screen.getByLabelText(/^Your name \(trainer/), 'Dana');
    expect(stored().trainer).toBe('Dana');
    // Half-typed in this window when the other takes over.
    await user.type(screen.getByLabelText("Trainee's name"), 'Be');

    const theirs = { ...stored(), roster: [...stored().roster, createProfile({ name: 'Carl' }, T0, 'trainee-carl')] };
    await otherWindowWrites(LEASE_KEY, JSON.stringify({ consoleId: OTHER, claimedAt: T0 + 5 }));
    await otherWindowWrites(SESSION_KEY, JSON.stringify(theirs));

    expect(within(notice()!).getByText(/Another console window took over this session/)).toBeInTheDocument();
    expect(screen.getByText('This console is now read-only: another console window took over.')).toBeInTheDocument();
    await waitFor(() => expect(within(notice()!).getByRole('heading', { level: 2 })).toHaveFocus());
    expect(screen.getByText('Carl')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add trainee' })).toBeDisabled();
    // What was half-typed here stays in its field.
    expect(screen.getByLabelText("Trainee's name")).toHaveValue('Be');
    await user.keyboard('t');
    expect(stored()).toEqual(theirs);

    await user.click(screen.getByRole('button', { name: 'Take over in this window' }));
    expect(heldBy()).not.toBe(OTHER);
    await user.type(screen.getByLabelText("Trainee's name"), 'n');
    await user.click(screen.getByRole('button', { name: 'Add trainee' }));
    expect(stored().roster.map((p) => p.name)).toEqual(['Ana', 'Carl', 'Ben']);
    expect(stored().trainer).toBe('Dana');
  });

  it('the console in charge says when a read-only window follows it, and stops saying so when that window closes', async () => {
    render(<ClassroomPage />);
    const reader = new BroadcastChannel('hold-the-line:classroom:consoles');
    others.push(reader);
    const heard: string[] = [];
    reader.onmessage = (e: MessageEvent<{ type: string }>) => heard.push(e.data.type);
    reader.postMessage({ type: 'console-ping', from: 'reader-window' });
    const followed = /^This session is also open in another console window, read-only/;
    expect(await screen.findByText(followed)).toBeInTheDocument();
    expect(await screen.findByText('Another console window opened this session, read-only. This window stays in charge.')).toBeInTheDocument();
    expect(heard).toContain('console-here');
    reader.postMessage({ type: 'console-bye', from: 'reader-window' });
    await waitFor(() => expect(screen.queryByText(followed)).toBeNull());
  });

  it('stays read-only beside a console in charge that answers when asked', async () => {
    const other = otherConsoleInCharge(withAna());
    render(<ClassroomPage />);
    await waitFor(() => expect(other.times).toBeGreaterThan(0));
    await act(() => new Promise((r) => setTimeout(r, HOLDER_ANSWER_MS + 500)));
    expect(notice()).not.toBeNull();
    expect(heldBy()).toBe(OTHER);
  });

  it('when the window in charge closes, the other one offers to continue rather than grabbing the session', async () => {
    const user = userEvent.setup();
    otherConsoleInCharge(withAna());
    render(<ClassroomPage />);
    await otherWindowWrites(LEASE_KEY, null);
    expect(within(notice()!).getByText(/The console window that was in charge has closed/)).toBeInTheDocument();
    expect(localStorage.getItem(LEASE_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Take over in this window' }));
    expect(notice()).toBeNull();
    expect(screen.getByRole('button', { name: 'Add trainee' })).toBeEnabled();
  });

  it('takes charge by itself of a session whose window in charge is gone without a word (crashed)', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify(withAna()));
    localStorage.setItem(LEASE_KEY, JSON.stringify({ consoleId: 'crashed-window', claimedAt: T0 }));
    render(<ClassroomPage />);
    expect(notice()).not.toBeNull();
    expect(await screen.findByText('This console window is now in charge of the session.', {}, { timeout: HOLDER_ANSWER_MS + 5000 })).toBeInTheDocument();
    expect(notice()).toBeNull();
    expect(heldBy()).not.toBe('crashed-window');
  });
});
