import { act, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CallPage } from '../../../src/features/call/CallPage.tsx';
import { ScenarioPicker } from '../../../src/features/call/ScenarioPicker.tsx';
import { createProfile } from '../../../src/domain/profiles/profile.ts';
import { listAttempts } from '../../../src/storage/attempts-store.ts';
import { saveProfile, setCurrentProfile } from '../../../src/storage/profiles-store.ts';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';
import { useFreshStorage } from '../../support/fresh-storage.ts';
import { responseText, scenarioById, walkthrough, type WalkTurn } from './builders.ts';

vi.setConfig({ testTimeout: 30_000 });

useFreshStorage();

const irma = () => scenarioById('irma');
const firstStep = (s: Scenario) => s.steps.find((x) => x.id === (s.start ?? s.steps[0]!.id))!;

function answerArea() {
  return screen.getByRole('region', { name: 'Your answer' });
}

async function choose(user: UserEvent, text: string) {
  await user.click(within(answerArea()).getByRole('button', { name: text }));
}

/** Plays a walk-through through the screen, the way a trainee would, using the step the screen is on. */
async function play(user: UserEvent, scenario: Scenario, turns: WalkTurn[]) {
  for (const turn of turns) {
    if (!screen.queryByRole('region', { name: 'Your answer' })) break;
    if ('silent' in turn) await user.click(screen.getByRole('button', { name: 'Stay silent' }));
    else if ('say' in turn) {
      await user.type(screen.getByLabelText('Or say it in your own words'), turn.say);
      await user.click(screen.getByRole('button', { name: 'Send' }));
    } else {
      const step = scenario.steps.find((s) => s.responses.some((r) => r.id === turn.choose) && within(answerArea()).queryByRole('button', { name: r(s, turn.choose) }));
      if (!step) throw new Error(`no step on screen offers ${turn.choose}`);
      await choose(user, responseText(scenario, step.id, turn.choose));
    }
  }
}
const r = (s: Scenario['steps'][number], id: string) => s.responses.find((x) => x.id === id)!.text;

describe('call screen', () => {
  it('shows the caller, her mood in words, the briefing and her opening lines', () => {
    render(<CallPage scenarioId="irma" mode="coaching" />);
    const s = irma();
    expect(screen.getByRole('heading', { level: 1, name: s.persona.name })).toBeInTheDocument();
    const meter = screen.getByRole('meter', { name: "Caller's mood" });
    expect(meter).toHaveAttribute('aria-valuenow', String(s.mood.start));
    expect(meter.getAttribute('aria-valuetext')).toMatch(new RegExp(`^Mood: \\w+ \\(${s.mood.start} of 100\\)$`));
    expect(screen.getByText(s.briefing[0]!)).toBeInTheDocument();
    expect(screen.getByText(firstStep(s).caller[0]!.text)).toBeInTheDocument();
  });

  it('picking a response advances the call and shows coaching feedback in coaching mode', async () => {
    const user = userEvent.setup();
    const s = irma();
    const step = firstStep(s);
    const model = step.responses.find((x) => x.model) ?? step.responses[0]!;
    render(<CallPage scenarioId="irma" mode="coaching" />);
    await choose(user, model.text);
    const feedback = screen.getByRole('region', { name: 'Feedback on your answer' });
    expect(within(feedback).getByText(model.coaching)).toBeInTheDocument();
    expect(within(feedback).getByText(/Used here/)).toBeInTheDocument();
    // The call moved on: the first step's answers are gone and the caller spoke again.
    expect(within(answerArea()).queryByRole('button', { name: model.text })).not.toBeInTheDocument();
    expect(screen.getByText('You', { selector: '.speaker' })).toBeInTheDocument();
    expect(document.activeElement).toHaveClass('latest');
  });

  it('holds all feedback in exam mode', async () => {
    const user = userEvent.setup();
    const s = irma();
    const model = firstStep(s).responses.find((x) => x.model) ?? firstStep(s).responses[0]!;
    render(<CallPage scenarioId="irma" mode="exam" />);
    await choose(user, model.text);
    expect(screen.queryByRole('region', { name: 'Feedback on your answer' })).not.toBeInTheDocument();
    expect(screen.queryByText(model.coaching)).not.toBeInTheDocument();
    expect(screen.getByText('Exam mode: feedback is held for the debrief.')).toBeInTheDocument();
  });

  it('typing an answer with a fault shows it highlighted as a fault with the rule and its reason', async () => {
    const user = userEvent.setup();
    render(<CallPage scenarioId="irma" mode="coaching" />);
    await user.type(screen.getByLabelText('Or say it in your own words'), 'Ma am, relax. You need to calm down.');
    await user.keyboard('{Enter}');
    const feedback = screen.getByRole('region', { name: 'Feedback on your answer' });
    const fault = feedback.querySelector('mark.ev-fault');
    expect(fault?.textContent).toMatch(/relax|calm down/i);
    const item = within(feedback).getAllByText('Condescending', { selector: '.evidence-label' })[0]!.closest('li')!;
    expect(item).toHaveTextContent(/^✗Fault:/);
    expect(within(feedback).getByText(/Faults on this step/).closest('p')).toHaveTextContent('Condescending');
    // The typed words were sent and the box is ready for the next answer.
    expect(screen.getByLabelText('Or say it in your own words')).toHaveValue('');
  });

  it('refuses to send an empty typed answer and says why', async () => {
    const user = userEvent.setup();
    render(<CallPage scenarioId="irma" mode="coaching" />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText('Type what you would say first, or choose a response.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Feedback on your answer' })).not.toBeInTheDocument();
  });

  it('staying silent lets the caller go on and counts the silence', async () => {
    const user = userEvent.setup();
    const s = irma();
    const step = firstStep(s);
    render(<CallPage scenarioId="irma" mode="coaching" />);
    expect(screen.getByText(new RegExp(`Silent turns used: 0 of ${s.silence.limit}`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay silent' }));
    expect(screen.getByText('You stay silent.')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Silent turns used: 1 of ${s.silence.limit}`))).toBeInTheDocument();
    if (step.continues?.[0]) expect(screen.getByText(step.continues[0].text)).toBeInTheDocument();
  });

  it('ends in a debrief with outcome, score, formula, rules, annotated call and model answers; the attempt is saved; retry restarts', async () => {
    const user = userEvent.setup();
    const p = createProfile({ name: 'Ana' });
    await saveProfile(p);
    act(() => setCurrentProfile(p));
    const s = irma();
    render(<CallPage scenarioId="irma" mode="exam" />);
    await play(user, s, walkthrough('irma-resolved-choices.json'));
    const debrief = await screen.findByRole('region', { name: `Debrief: ${s.title}` });
    const ending = s.endings.find((e) => e.id === 'irma-resolved')!;
    expect(within(debrief).getByText(ending.outcome)).toBeInTheDocument();
    const total = within(debrief).getByText(/^\d+ of 100$/, { selector: '.score-total' });
    const score = Number(total.textContent!.split(' ')[0]);
    expect(score).toBeGreaterThanOrEqual(80);
    const parts = within(debrief).getAllByRole('table')[0]!;
    for (const part of ['Techniques', "Caller's mood", 'Outcome', 'Faults']) expect(within(parts).getByRole('rowheader', { name: part })).toBeInTheDocument();
    const rules = within(debrief).getAllByRole('table')[1]!;
    expect(within(rules).getByRole('rowheader', { name: /Polite interruption/ })).toBeInTheDocument();
    expect(within(rules).getAllByRole('link', { name: /^Workbook:/ }).length).toBeGreaterThan(0);
    expect(within(debrief).getByRole('heading', { name: 'Model answers' })).toBeInTheDocument();
    expect(within(debrief).getAllByText('A model answer:').length).toBeGreaterThan(0);
    // Every step has a model answer: the ones this call reached, and the rest folded away.
    const unreachedSummary = within(debrief).getByText(/steps? this call did not reach$/);
    const unreached = Number(/for the (\d+) step/.exec(unreachedSummary.textContent!)![1]);
    expect(within(debrief).getAllByText('A model answer:')).toHaveLength(s.steps.length);
    expect(unreached).toBeGreaterThan(0);
    expect(within(debrief).getByRole('heading', { name: 'Turn 1' })).toBeInTheDocument();
    expect(await within(debrief).findByText('Attempt saved in this browser.', undefined, { timeout: 8000 })).toBeInTheDocument();
    const saved = await listAttempts(p.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ scenarioId: 'irma', mode: 'exam', endingId: 'irma-resolved', score: { total: score } });
    expect(saved[0]!.inputMix.choices).toBeGreaterThan(0);

    await user.click(within(debrief).getByRole('button', { name: 'Retry this call' }));
    expect(screen.queryByRole('region', { name: /^Debrief/ })).not.toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Silent turns used: 0 of ${s.silence.limit}`))).toBeInTheDocument();
    expect(screen.queryByText('You', { selector: '.speaker' })).not.toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent(firstStep(s).caller[0]!.text);
    expect(within(answerArea()).getByRole('button', { name: r(firstStep(s), firstStep(s).responses[0]!.id) })).toBeInTheDocument();
  });

  it('a reload in the middle of a call resumes it with the half-typed answer', async () => {
    const user = userEvent.setup();
    const s = irma();
    const model = firstStep(s).responses.find((x) => x.model) ?? firstStep(s).responses[0]!;
    const first = render(<CallPage scenarioId="irma" mode="coaching" />);
    await choose(user, model.text);
    await user.type(screen.getByLabelText('Or say it in your own words'), 'Mrs. Kowal, when did');
    first.unmount();

    render(<CallPage scenarioId="irma" mode="coaching" />);
    expect(screen.getByText('Your call was resumed where you left it.')).toBeInTheDocument();
    expect(screen.getByText(model.text, { selector: '.bubble' })).toBeInTheDocument();
    expect(screen.getByLabelText('Or say it in your own words')).toHaveValue('Mrs. Kowal, when did');
  });

  it('the microphone fills the answer box with what was heard, for the trainee to edit and send', async () => {
    const heard = 'Mrs. Kowal, may I ask what time the call came in?';
    class FakeRecognition {
      lang = '';
      interimResults = true;
      continuous = true;
      onresult: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        queueMicrotask(() => {
          const alt = Object.assign([{ transcript: heard }], { isFinal: true });
          this.onresult?.({ resultIndex: 0, results: [alt] });
          this.onend?.();
        });
      }
      stop() {}
      abort() {}
    }
    vi.stubGlobal('webkitSpeechRecognition', FakeRecognition);
    const user = userEvent.setup();
    render(<CallPage scenarioId="irma" mode="coaching" />);
    await user.click(screen.getByRole('button', { name: 'Speak your answer' }));
    const box = screen.getByLabelText('Or say it in your own words');
    expect(box).toHaveValue(heard);
    expect(screen.getByRole('status')).toHaveTextContent('Your words are in the answer box');
    await user.type(box, ' Thank you.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText(`${heard} Thank you.`, { selector: '.bubble' })).toBeInTheDocument();
  });

  it('hides the microphone where the browser cannot recognize speech', () => {
    render(<CallPage scenarioId="irma" mode="coaching" />);
    expect(screen.queryByRole('button', { name: 'Speak your answer' })).not.toBeInTheDocument();
  });
});

describe('scenario picker', () => {
  it('shows a card per call with difficulty, what it trains, and the best score once a call is done', async () => {
    const user = userEvent.setup();
    const s = irma();
    const { unmount } = render(<CallPage scenarioId="irma" mode="coaching" />);
    await play(user, s, walkthrough('irma-resolved-choices.json'));
    await screen.findByText('Attempt saved in this browser.', undefined, { timeout: 8000 });
    const total = screen.getByText(/^\d+ of 100$/, { selector: '.score-total' }).textContent!.split(' ')[0];
    unmount();

    render(<ScenarioPicker />);
    const card = screen.getByRole('listitem', { name: s.title });
    expect(within(card).getByText(/^Difficulty: (easy|medium|hard)$/)).toBeInTheDocument();
    expect(within(card).getByText('Trains')).toBeInTheDocument();
    expect(await within(card).findByText(`Best score: ${total} of 100`, undefined, { timeout: 8000 })).toBeInTheDocument();
    const other = screen.getAllByRole('listitem').find((li) => li.classList.contains('scenario-card') && li !== card)!;
    expect(within(other).getByText('Not tried yet')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Exam/ }));
    expect(within(card).getByRole('link', { name: /^Take the call from .* in exam mode$/ })).toHaveAttribute('href', `#/call/${s.id}/exam`);
  });
});
