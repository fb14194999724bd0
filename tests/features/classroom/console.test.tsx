import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import scenarios, { translations } from 'virtual:scenarios';
import ClassroomPage from '../../../src/features/classroom/ClassroomPage.tsx';
import AudiencePage from '../../../src/features/classroom/AudiencePage.tsx';
import { SESSION_KEY } from '../../../src/features/classroom/sync.ts';
import { parseSession } from '../../../src/domain/classroom/session.ts';
import i18next from 'i18next';
import { sectionById } from '../../../src/domain/workbook/workbook.ts';

const i18nLabel = (label: string) => i18next.t(`labels.${label}`);

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  localStorage.clear();
});

const irma = scenarios.find((s) => s.id === 'irma')!;
const firstStep = irma.steps.find((s) => s.id === (irma.start ?? irma.steps[0]!.id))!;

function stored() {
  const read = parseSession(localStorage.getItem(SESSION_KEY)!);
  if (!read.ok) throw new Error(read.problem);
  return read.session;
}

async function setUpClass(user: UserEvent) {
  render(<ClassroomPage />);
  for (const name of ['Ana', 'Ben', 'Chloe']) {
    await user.type(screen.getByLabelText("Trainee's name"), name);
    await user.click(screen.getByRole('button', { name: 'Add trainee' }));
  }
  await user.selectOptions(screen.getByLabelText('Call to role-play'), 'irma');
  await user.click(screen.getByRole('button', { name: 'Start the call' }));
}

const capturePanel = () => screen.getByRole('region', { name: /^Capture .*'s answer$/ });

describe('the classroom console', () => {
  it('shows the trainer the caller’s lines with stage directions and what the step tests, and who is in the hot seat', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    const script = screen.getByRole('region', { name: `Read out as ${irma.persona.callerName}` });
    for (const line of firstStep.caller) {
      expect(within(script).getByText(line.text)).toBeInTheDocument();
      if (line.direction) expect(within(script).getByText(`[${line.direction}]`, { exact: false })).toBeInTheDocument();
    }
    expect(within(script).getByText('What this step tests')).toBeInTheDocument();
    // The workbook section by its title, not its id.
    expect(within(script).getByText(sectionById(firstStep.workbookSection!)!.title)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: "Capture Ana's answer" })).toBeInTheDocument();
    expect(screen.getByText('Ana', { selector: '.hot-seat-line strong' })).toBeInTheDocument();
  });

  it('scores typed words live, lets the trainer drop and add labels, and records the correction', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    await user.type(within(capturePanel()).getByLabelText('Or type what was said'), 'Mrs. Kowal, I am so sorry. We were short-staffed that night.');
    const excuse = within(capturePanel()).getByRole('button', { name: /Excuse/ });
    expect(excuse).toHaveAttribute('aria-pressed', 'true');
    await user.click(excuse);
    expect(excuse).toHaveAttribute('aria-pressed', 'false');
    await user.selectOptions(within(capturePanel()).getByLabelText('Add a label the scorer missed'), 'probing-question');
    expect(within(capturePanel()).getByRole('button', { name: /Probing question \(added by you\)/ })).toBeInTheDocument();
    await user.click(within(capturePanel()).getByRole('button', { name: 'Record the answer' }));
    const discussion = screen.getByRole('region', { name: "Discussion: Ana's answer" });
    // Focus follows the answer to the discussion, rather than being lost with the form that went away.
    expect(within(discussion).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(discussion).getByText(/Your correction: added Probing question; removed Excuse\./)).toBeInTheDocument();
    const answer = stored().calls[0]!.answers[0]!;
    expect(answer.correction).toEqual({ added: ['probing-question'], removed: ['excuse'] });
    expect(answer.answeredBy).toBe(stored().roster[0]!.id);
  });

  it('runs on single-key shortcuts (listed on screen), which do nothing while typing', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    const keys = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    for (const text of ['Next turn', 'Reveal or hide the feedback', 'Pause or resume', 'Next trainee', 'Pick that authored response']) expect(within(keys).getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause the call' })).toHaveAttribute('aria-keyshortcuts', 'P');

    // Typing "n" and "1" in the answer box types; it does not move the call on.
    const box = within(capturePanel()).getByLabelText('Or type what was said');
    await user.type(box, 'n1');
    expect(box).toHaveValue('n1');
    expect(stored().calls[0]!.answers).toHaveLength(0);
    await user.clear(box);
    box.blur();

    await user.keyboard('1');
    expect(stored().calls[0]!.answers[0]).toMatchObject({ source: 'choice', responseId: firstStep.responses[0]!.id });
    await user.keyboard('r');
    expect(screen.getByRole('button', { name: 'Reveal the feedback on the projector' })).toHaveAttribute('aria-pressed', 'true');
    expect(stored().feedbackShown).toBe(true);
    await user.keyboard('n');
    expect(screen.getByRole('region', { name: "Capture Ben's answer" })).toBeInTheDocument();
    await user.keyboard('t');
    expect(screen.getByRole('region', { name: "Capture Chloe's answer" })).toBeInTheDocument();
    await user.keyboard('p');
    expect(stored().paused).toBe(true);
    await user.keyboard('s');
    expect(screen.getByText('The call is paused: resume it (P) first.', { selector: '.field-error' })).toBeInTheDocument();
    await user.keyboard('p');
    await user.keyboard('s');
    expect(stored().calls[0]!.answers.map((a) => a.source)).toEqual(['choice', 'silent']);
  });

  it('lets the trainer turn the single-key shortcuts off, and remembers it', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    await user.click(screen.getByRole('checkbox', { name: 'Single-key shortcuts on' }));
    await user.keyboard('1');
    expect(stored().calls[0]!.answers).toHaveLength(0);

    cleanup();
    render(<ClassroomPage />);
    expect(screen.getByRole('checkbox', { name: 'Single-key shortcuts on' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Single-key shortcuts on' }));
    await user.keyboard('1');
    expect(stored().calls[0]!.answers).toHaveLength(1);
  });

  it('lets the trainer correct a picked response’s labels during the discussion', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    await user.keyboard('1');
    const response = firstStep.responses[0]!;
    await user.click(screen.getByText('Correct the labels'));
    const label = response.labels[0]!;
    const chip = screen.getByRole('button', { name: i18nLabel(label), pressed: true });
    await user.click(chip);
    expect(stored().calls[0]!.answers[0]!.correction).toEqual({ added: [], removed: [label] });
    expect(screen.getByText(/^Your correction: added —; removed /)).toBeInTheDocument();
  });

  it('records ticked rubric labels with no words', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    await user.click(screen.getByText('Or tick the rubric labels directly'));
    await user.click(screen.getByRole('checkbox', { name: /^Uses the caller's name/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Probing question/ }));
    await user.click(screen.getByRole('button', { name: 'Record 2 ticked labels' }));
    expect(stored().calls[0]!.answers[0]).toMatchObject({ source: 'rubric', text: null, labels: ['use-name', 'probing-question'] });
  });

  it('comes back where it was when the window is closed and reopened, typed draft included', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    await user.keyboard('1');
    await user.keyboard('n');
    await user.type(within(capturePanel()).getByLabelText('Or type what was said'), 'Half a sentence');
    cleanup();
    render(<ClassroomPage />);
    expect(screen.getByText('Session resumed where you left it.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: "Capture Ben's answer" })).toBeInTheDocument();
    expect(within(capturePanel()).getByLabelText('Or type what was said')).toHaveValue('Half a sentence');
  });

  it('the projector view shows who is on and the caller, but not the coaching notes or stage directions', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    await user.click(screen.getByRole('button', { name: "Show the caller's line on the projector" }));
    cleanup();
    render(<AudiencePage />);
    expect(screen.getByText('Ana', { selector: '.audience-on-name' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: "Caller's mood" })).toBeInTheDocument();
    expect(screen.getByText(firstStep.caller[0]!.text)).toBeInTheDocument();
    const text = document.body.textContent ?? '';
    for (const r of firstStep.responses) expect(text).not.toContain(r.coaching);
    for (const line of firstStep.caller) if (line.direction) expect(text).not.toContain(line.direction);
  });

  it('says what the export will hold before it is pressed, the call in progress included and marked as not finished', async () => {
    const user = userEvent.setup();
    await setUpClass(user);
    const panel = () => screen.getByRole('region', { name: 'Export results' });
    expect(within(panel()).getByText('Nothing to export yet: results appear here once a trainee has answered.')).toBeInTheDocument();
    expect(within(panel()).queryByRole('button')).toBeNull();
    await user.keyboard('1');
    await user.keyboard('n');
    await user.keyboard('1');
    expect(within(panel()).getByText('A .zip file with one results bundle for each of the 2 trainees who answered, holding:')).toBeInTheDocument();
    const items = within(panel()).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['0 finished calls', 'the call in progress as far as it went, marked as not finished (no ending, so no outcome points)']);
    expect(within(panel()).getByRole('button', { name: 'Export results (.zip)' })).toBeEnabled();
  });

  it('in Spanish, runs the call in Spanish words and says so in Spanish', async () => {
    await i18next.changeLanguage('es');
    try {
      const user = userEvent.setup();
      render(<ClassroomPage />);
      await user.type(screen.getByLabelText('Nombre del participante'), 'Ana');
      await user.click(screen.getByRole('button', { name: 'Agregar participante' }));
      await user.selectOptions(screen.getByLabelText('Llamada para el juego de roles'), 'irma');
      await user.click(screen.getByRole('button', { name: 'Iniciar la llamada' }));
      const es = translations.irma!.es!;
      const line = es.steps[firstStep.id]!.caller[0]!;
      expect(screen.getByText(typeof line === 'string' ? line : line.text)).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Registrar la respuesta de Ana' })).toBeInTheDocument();
      expect(stored().calls[0]!.lang).toBe('es');
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
