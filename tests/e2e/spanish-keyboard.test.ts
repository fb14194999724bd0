import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readWalkthrough } from '../../scripts/lib/play-walkthrough.ts';
import { loadScenarioFile } from '../../src/domain/scenario/load.ts';
import type { Scenario } from '../../src/domain/scenario/schema.ts';
import { localizeScenario } from '../../src/domain/scenario/translation.ts';
import { baseUrl, openPage, useBrowser } from './support/browser.ts';
import { focusedDescription, tabTo, uiString } from './support/keyboard-and-strings.ts';

const LANG_KEY = 'hold-the-line:lang';
const es = (key: string, values?: Record<string, string | number>) => uiString('es', key, values);

/** A course call in English and in Spanish (same ids, Spanish words), from scenarios/<id>.yaml and <id>.es.yaml. */
function bothLanguages(id: string): { en: Scenario; es: Scenario } {
  const loaded = loadScenarioFile(`scenarios/${id}.yaml`);
  const text = loaded.translations.es;
  if (!loaded.scenario || !text) throw new Error(`scenarios/${id}.yaml or its Spanish words (${id}.es.yaml) do not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return { en: loaded.scenario, es: localizeScenario(loaded.scenario, text) };
}

/** The response with this id on the step the screen is on (a response id can recur on several steps). */
async function responseOnScreen(page: Page, scenario: Scenario, responseId: string): Promise<string> {
  const texts = scenario.steps.flatMap((s) => s.responses.filter((r) => r.id === responseId).map((r) => r.text));
  const onScreen = await page.locator('.choice').allTextContents();
  const text = texts.find((t) => onScreen.includes(t));
  if (!text) throw new Error(`${scenario.id}: response "${responseId}" is not among the buttons on screen: ${onScreen.join(' | ')}`);
  return text;
}

const focusIsOnCallerTurn = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('latest') ?? false);

const browser = useBrowser();

describe('Spanish, by keyboard alone', () => {
  it('a trainee picks Irma’s call and plays it to the resolved ending in Spanish with Tab, Enter and Space only', async () => {
    const { page, errors, context } = await openPage(browser());
    await context.addInitScript(([key]) => localStorage.setItem(key!, 'es'), [LANG_KEY]);
    const irma = bothLanguages('irma').es;
    await page.goto(baseUrl());
    expect(await page.locator('html').getAttribute('lang')).toBe('es');

    // Header navigation → the picker → Irma's card, all from the keyboard.
    await tabTo(page, 'nav a', es('call.nav'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: es('call.picker.title') }).waitFor();
    const start = es('call.picker.startLabel', { name: irma.persona.name, title: irma.title, mode: es('call.mode.coaching') });
    await tabTo(page, 'a.button', start);
    await page.keyboard.press('Enter');
    await page.getByRole('meter', { name: es('call.screen.moodLabel') }).waitFor();
    await page.getByText(irma.steps[0]!.caller[0]!.text, { exact: true }).waitFor();

    const turns = readWalkthrough('irma-resolved-choices.json');
    for (const [i, turn] of turns.entries()) {
      if (!('choose' in turn)) throw new Error('this walk-through is all chosen answers');
      const text = await responseOnScreen(page, irma, turn.choose);
      await tabTo(page, 'button.choice', text);
      // Buttons answer to both keys; use each.
      await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
      if (i < turns.length - 1) {
        await page.locator('.call-announcer', { hasText: es('call.feedback.announce', { summary: '' }).trim() }).waitFor({ state: 'attached' });
        // Focus lands on what the caller says next, so Tab continues from there into the answers.
        expect(await focusIsOnCallerTurn(page), `after turn ${i + 1} focus is on ${await focusedDescription(page)}`).toBe(true);
        await page.getByRole('region', { name: es('call.feedback.title') }).waitFor();
      }
    }

    const debrief = page.getByRole('region', { name: es('call.debrief.title', { title: irma.title }) });
    await debrief.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('debrief-title');
    const ending = irma.endings.find((e) => e.id === 'irma-resolved')!;
    await debrief.getByText(ending.outcome, { exact: true }).waitFor();
    await debrief.getByText(es('call.debrief.saved')).waitFor();
    // Retry, from the keyboard too, starts the call again in Spanish.
    await tabTo(page, 'button', es('call.debrief.retry'));
    await page.keyboard.press('Enter');
    await page.getByText(irma.steps[0]!.caller[0]!.text, { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switching language mid-call keeps the call on its step and changes its words', async () => {
    const { page, errors, context } = await openPage(browser());
    const irma = bothLanguages('irma');
    await page.goto(`${baseUrl()}#/call/irma/coaching`);
    const first = irma.en.steps.find((s) => s.id === 'rant')!;
    await page.getByRole('button', { name: first.responses.find((r) => r.id === 'interrupt-and-ask')!.text, exact: true }).click();
    const en = irma.en.steps.find((s) => s.id === 'first-answer')!;
    const spanish = irma.es.steps.find((s) => s.id === 'first-answer')!;
    await page.locator('.latest').getByText(en.caller[0]!.text, { exact: true }).waitFor();
    const moodBefore = await page.getByRole('meter').getAttribute('aria-valuenow');

    // The header's switch, by keyboard.
    await tabTo(page, '.language-button', 'Español', { backwards: true, limit: 120 });
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: es('call.screen.answerTitle'), exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    // Same step: the caller's waiting line and the answers on offer are that step's, now in Spanish.
    await page.locator('.latest').getByText(spanish.caller[0]!.text, { exact: true }).waitFor();
    expect((await page.locator('.choice').allTextContents()).sort()).toEqual(spanish.responses.map((r) => r.text).sort());
    // The turn already played and the caller's mood are kept.
    expect(await page.locator('.line-trainee').count()).toBe(1);
    expect(await page.getByRole('meter', { name: es('call.screen.moodLabel') }).getAttribute('aria-valuenow')).toBe(moodBefore);
    await page.getByRole('region', { name: es('call.feedback.title') }).waitFor();

    // The call goes on in Spanish, in the trainee's own words: Enter sends and the cursor stays in the box for the next answer.
    await tabTo(page, 'textarea', undefined);
    await page.keyboard.type('Sra. Kowal, ¿me confirma a qué hora llamó la mamá el viernes?');
    await page.keyboard.press('Enter');
    await page.locator('.line-trainee').nth(1).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await page.getByLabel(es('call.screen.typeLabel')).inputValue()).toBe('');
    await page.locator('.call-announcer', { hasText: es('call.feedback.announce', { summary: '' }).trim() }).waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
