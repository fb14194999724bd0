import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CallPage } from '../../../src/features/call/CallPage.tsx';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';
import { useFreshStorage } from '../../support/fresh-storage.ts';
import { scenarioById } from './builders.ts';

vi.setConfig({ testTimeout: 30_000 });

useFreshStorage();

const firstStep = (s: Scenario) => s.steps.find((x) => x.id === (s.start ?? s.steps[0]!.id))!;
/** The step a response leads to when the caller's mood and branches are those of the first step. */
const stepAfter = (s: Scenario, stepId: string) => s.steps.find((x) => x.id === stepId)!;
const announcer = () => document.querySelector('.call-announcer')!;

describe('call screen for keyboard and screen-reader users', () => {
  it('after a chosen answer, focus moves to the caller’s next words and one polite message reads them with the feedback and the mood', async () => {
    const user = userEvent.setup();
    const s = scenarioById('irma');
    const model = firstStep(s).responses.find((r) => r.id === 'interrupt-and-ask')!;
    render(<CallPage scenarioId="irma" mode="coaching" />);
    expect(announcer()).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', { name: model.text }));

    const next = stepAfter(s, 'first-answer');
    const latest = document.activeElement as HTMLElement;
    expect(latest).toHaveClass('latest');
    expect(latest).toHaveTextContent(next.caller[0]!.text);
    const said = announcer().textContent!;
    expect(said).toContain(`${s.persona.callerName}: ${next.caller[0]!.text}`);
    expect(said).toMatch(/Feedback: 0 faults, 2 expected techniques used, 0 missed/);
    expect(said).toMatch(/Mood: \w+ \(45 of 100\), \+10 after your last answer/);
  });

  it('after a typed answer sent with Enter, the cursor stays in the empty answer box and the caller is read out', async () => {
    const user = userEvent.setup();
    const s = scenarioById('irma');
    render(<CallPage scenarioId="irma" mode="exam" />);
    const box = screen.getByLabelText('Or say it in your own words');
    await user.type(box, 'Mrs. Kowal, may I ask a quick question? When did this start?{Enter}');
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(announcer().textContent).toContain(`${s.persona.callerName}: ${stepAfter(s, 'first-answer').caller[0]!.text}`);
    // Exam mode keeps the feedback for the debrief, in the announcement too.
    expect(announcer().textContent).not.toMatch(/Feedback:/);
  });

  it('the mood meter’s text equivalent follows the caller’s mood, in words on screen and as the meter’s value text', async () => {
    const user = userEvent.setup();
    const s = scenarioById('irma');
    render(<CallPage scenarioId="irma" mode="coaching" />);
    const meter = screen.getByRole('meter', { name: "Caller's mood" });
    expect(meter).toHaveAttribute('aria-valuetext', `Mood: upset (${s.mood.start} of 100)`);
    await user.click(screen.getByRole('button', { name: firstStep(s).responses.find((r) => r.id === 'relax')!.text }));
    expect(meter).toHaveAttribute('aria-valuenow', String(s.mood.start - 15));
    expect(meter.getAttribute('aria-valuetext')).toBe(`Mood: angry (${s.mood.start - 15} of 100)`);
    expect(document.querySelector('.mood-text')).toHaveTextContent(`Mood: angry (${s.mood.start - 15} of 100) −15 after your last answer`);
  });

  it('a fault in the feedback is marked with ✗ as well as colour, and listed in words', async () => {
    const user = userEvent.setup();
    render(<CallPage scenarioId="irma" mode="coaching" />);
    await user.click(screen.getByRole('button', { name: firstStep(scenarioById('irma')).responses.find((r) => r.id === 'relax')!.text }));
    const feedback = screen.getByRole('region', { name: 'Feedback on your answer' });
    const mark = feedback.querySelector('mark.ev-fault')!;
    expect(within(mark as HTMLElement).getByText('✗')).toHaveAttribute('aria-hidden', 'true');
    expect(within(feedback).getAllByText('Fault:').length).toBeGreaterThan(0);
  });
});
