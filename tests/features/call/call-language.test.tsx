import { act, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import i18next from 'i18next';
import { translations } from 'virtual:scenarios';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallPage } from '../../../src/features/call/CallPage.tsx';
import { ScenarioPicker } from '../../../src/features/call/ScenarioPicker.tsx';
import { createProfile } from '../../../src/domain/profiles/profile.ts';
import { scenarioIn } from '../../../src/domain/scenario/translation.ts';
import type { Scenario } from '../../../src/domain/scenario/schema.ts';
import { listAttempts } from '../../../src/storage/attempts-store.ts';
import { saveProfile, setCurrentProfile } from '../../../src/storage/profiles-store.ts';
import { useFreshStorage } from '../../support/fresh-storage.ts';
import { scenarioById, walkthrough } from './builders.ts';

vi.setConfig({ testTimeout: 30_000 });

useFreshStorage();
afterEach(async () => {
  await act(() => i18next.changeLanguage('en'));
});

const english = () => scenarioById('irma');
const spanish = () => scenarioIn(english(), 'es', translations);
const stepOf = (s: Scenario, id: string) => s.steps.find((x) => x.id === id)!;

async function speak(lang: 'en' | 'es') {
  await act(() => i18next.changeLanguage(lang));
}

// Interface strings come from the string tables (another table's wording may change); the scenario's words are what is tested here.
const tr = (key: string, options?: Record<string, unknown>) => i18next.t(key, options);
const answerArea = () => screen.getByRole('region', { name: tr('call.screen.answerTitle') });

/** Plays picked responses (by id) in whatever language the screen shows, finding each on the step the call is on. */
async function playChoices(user: UserEvent, s: Scenario, turns: { choose?: string; silent?: true; say?: string }[]) {
  for (const turn of turns) {
    if (!screen.queryByRole('region', { name: tr('call.screen.answerTitle') })) break;
    if (turn.silent) await user.click(screen.getByRole('button', { name: tr('call.screen.staySilent') }));
    else if (turn.choose) {
      const texts = s.steps.flatMap((st) => st.responses.filter((r) => r.id === turn.choose).map((r) => r.text));
      const button = texts.map((text) => within(answerArea()).queryByRole('button', { name: text })).find((b) => b !== null);
      if (!button) throw new Error(`no button on screen for ${turn.choose}`);
      await user.click(button);
    } else throw new Error('this helper plays choices and silence only');
  }
}

describe('calls in the trainee’s language', () => {
  it('a Spanish call shows the caller, briefing, lines, answers and coaching in Spanish', async () => {
    const user = userEvent.setup();
    await speak('es');
    render(<CallPage scenarioId="irma" mode="coaching" />);
    const es = spanish();
    const first = stepOf(es, 'rant');
    expect(screen.getByText(`${es.persona.role}, ${es.persona.business}`)).toBeInTheDocument();
    expect(screen.getByText(es.briefing[0]!)).toBeInTheDocument();
    expect(screen.getByText(first.caller[0]!.text)).toBeInTheDocument();
    expect(screen.getAllByText(tr('call.screen.callerSays', { name: 'Sra. Kowal' })).length).toBeGreaterThan(0);
    expect(screen.queryByText(stepOf(english(), 'rant').caller[0]!.text)).not.toBeInTheDocument();
    for (const r of first.responses) expect(within(answerArea()).getByRole('button', { name: r.text })).toBeInTheDocument();

    const model = first.responses.find((r) => r.model)!;
    await user.click(within(answerArea()).getByRole('button', { name: model.text }));
    const feedback = screen.getByRole('region', { name: tr('call.feedback.title') });
    expect(within(feedback).getByText(model.coaching)).toBeInTheDocument();
    // The model answer branches exactly as in English: on to her first real answer.
    expect(screen.getByText(stepOf(es, 'first-answer').caller[0]!.text)).toBeInTheDocument();
  });

  it('switching language mid-call keeps the step, mood and transcript and changes the words', async () => {
    const user = userEvent.setup();
    render(<CallPage scenarioId="irma" mode="coaching" />);
    const en = english();
    const es = spanish();
    const picked = stepOf(en, 'rant').responses.find((r) => r.id === 'interrupt-and-ask')!;
    await user.click(within(answerArea()).getByRole('button', { name: picked.text }));
    const moodBefore = screen.getByRole('meter').getAttribute('aria-valuenow');
    expect(screen.getByText(stepOf(en, 'first-answer').caller[0]!.text)).toBeInTheDocument();

    await speak('es');
    // Same step: the caller's current lines and the answers offered are the first-answer step's, now in Spanish.
    expect(screen.getByText(stepOf(es, 'first-answer').caller[0]!.text)).toBeInTheDocument();
    expect(screen.queryByText(stepOf(en, 'first-answer').caller[0]!.text)).not.toBeInTheDocument();
    for (const r of stepOf(es, 'first-answer').responses) expect(within(answerArea()).getByRole('button', { name: r.text })).toBeInTheDocument();
    // The transcript keeps the turn already taken, in the new language, and the mood is unchanged.
    const transcript = screen.getByRole('list', { name: tr('call.screen.transcript') });
    expect(within(transcript).getByText(stepOf(es, 'rant').caller[0]!.text)).toBeInTheDocument();
    expect(within(transcript).getByText(stepOf(es, 'rant').responses.find((r) => r.id === 'interrupt-and-ask')!.text)).toBeInTheDocument();
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe(moodBefore);
    const feedback = screen.getByRole('region', { name: tr('call.feedback.title') });
    expect(within(feedback).getByText(stepOf(es, 'rant').responses.find((r) => r.id === 'interrupt-and-ask')!.coaching)).toBeInTheDocument();

    // Typed words stay as typed; the call carries on from the same step in Spanish.
    await user.type(screen.getByLabelText(tr('call.screen.typeLabel')), 'Okey.');
    await user.click(screen.getByRole('button', { name: tr('call.screen.send') }));
    expect(within(screen.getByRole('list', { name: tr('call.screen.transcript') })).getByText('Okey.')).toBeInTheDocument();

    await speak('en');
    const back = screen.getByRole('list', { name: tr('call.screen.transcript') });
    expect(within(back).getByText(picked.text)).toBeInTheDocument();
    expect(within(back).getByText('Okey.')).toBeInTheDocument();
    expect(within(back).getByText(stepOf(en, 'rant').caller[0]!.text)).toBeInTheDocument();
  });

  it('a call played in Spanish ends in a Spanish debrief and is saved with its language and Spanish words', async () => {
    const user = userEvent.setup();
    const p = createProfile({ name: 'Lucía' });
    await saveProfile(p);
    act(() => setCurrentProfile(p));
    await speak('es');
    const es = spanish();
    render(<CallPage scenarioId="irma" mode="exam" />);
    await playChoices(user, es, walkthrough('irma-resolved-choices.json'));
    const debrief = await screen.findByRole('region', { name: tr('call.debrief.title', { title: es.title }) });
    const ending = es.endings.find((e) => e.id === 'irma-resolved')!;
    expect(within(debrief).getByText(ending.outcome)).toBeInTheDocument();
    const model = stepOf(es, 'rant').responses.find((r) => r.model)!;
    expect(within(debrief).getAllByText(model.text).length).toBeGreaterThan(0);
    expect(await within(debrief).findByText(tr('call.debrief.saved'), undefined, { timeout: 8000 })).toBeInTheDocument();
    const [saved] = await listAttempts(p.id);
    expect(saved).toMatchObject({ scenarioId: 'irma', lang: 'es', endingId: 'irma-resolved' });
    expect(saved!.transcript[0]!.callerLines[0]!.text).toBe(stepOf(es, 'rant').caller[0]!.text);
    expect(saved!.transcript[0]!.text).toBe(model.text);
  });

  it('the call list shows each call’s title and summary in the interface language', async () => {
    await speak('es');
    render(<ScenarioPicker />);
    const es = spanish();
    expect(screen.getByRole('heading', { name: es.title })).toBeInTheDocument();
    expect(screen.getByText(es.summary)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: english().title })).not.toBeInTheDocument();
  });
});
