import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, playOnPage, readWalkthrough } from '../../scripts/lib/play-walkthrough.ts';
import { axeViolations, baseUrl, openPage, useBrowser } from './support/browser.ts';

const WALKS = 'tests/fixtures/walkthroughs';
const expectations = JSON.parse(readFileSync(`${WALKS}/expectations.json`, 'utf8')) as Record<string, { scenario: string; ending: string; minScore?: number; maxScore?: number }>;

// Each course call played to an ending: the best path by choices, and Irma entirely in the trainee's own words.
const PLAYS = [
  { scenario: 'irma', file: 'irma-resolved-typed.json' },
  { scenario: 'bob', file: 'bob-resolved-choices.json' },
  { scenario: 'hal', file: 'hal-resolved-choices.json' },
  { scenario: 'anniversary-doctor', file: 'anniversary-doctor-resolved-choices.json' },
  { scenario: 'high-bill', file: 'high-bill-resolved-choices.json' },
].filter((p) => existsSync(`scenarios/${p.scenario}.yaml`) && existsSync(`${WALKS}/${p.file}`));

/** axe once the caller's newest lines have finished fading in (a half-faded line fails the contrast check). */
async function axeWhenSettled(page: Page): Promise<string[]> {
  await page.waitForFunction(() => [...document.querySelectorAll('.line-caller')].every((el) => getComputedStyle(el).opacity === '1'));
  return axeViolations(page);
}

const browser = useBrowser();
let shared: { context: BrowserContext; page: Page; errors: string[] };
const bestByTitle = new Map<string, number>();

beforeAll(async () => {
  // One browser profile for every call, so the picker sees all the saved attempts after a reload.
  shared = await openPage(browser());
});
afterAll(async () => {
  await shared?.context.close();
});

describe('calls in Chromium', () => {
  it('the picker lists the five calls and passes axe', async () => {
    const { page, errors } = shared;
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Take a call' }).click();
    await page.getByRole('heading', { name: 'Take a call', level: 1 }).waitFor();
    expect(await page.locator('.scenario-card').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(PLAYS)('plays $scenario to its ending ($file) and shows the debrief', async ({ scenario: id, file }) => {
    const { page, errors } = shared;
    const scenario = loadScenario(id);
    const expected = expectations[file]!;
    await page.goto(`${baseUrl()}#/calls`);
    await page.getByRole('link', { name: new RegExp(`^Take the call from .*\\(${scenario.title}\\) in coaching mode$`) }).click();
    await page.getByRole('meter', { name: "Caller's mood" }).waitFor();
    const turns = readWalkthrough(file);
    await playOnPage(page, scenario, turns);
    const debrief = page.getByRole('region', { name: `Debrief: ${scenario.title}` });
    await debrief.waitFor();
    const ending = scenario.endings.find((e) => e.id === expected.ending)!;
    await debrief.getByText(ending.outcome, { exact: true }).waitFor();
    const score = Number((await debrief.locator('.score-total').textContent())!.split(' ')[0]);
    if (expected.minScore !== undefined) expect(score).toBeGreaterThanOrEqual(expected.minScore);
    expect(await debrief.getByRole('table').count()).toBe(2);
    expect(await debrief.getByText('A model answer:').count()).toBeGreaterThan(0);
    await debrief.getByText('Attempt saved in this browser.').waitFor();
    const typedOnly = turns.every((t) => 'say' in t);
    expect(await debrief.locator('.hint', { hasText: 'Answers:' }).textContent()).toContain(typedOnly ? `0 chosen, ${turns.length} in your own words` : 'chosen, 0 in your own words');
    bestByTitle.set(scenario.title, score);
    expect(errors).toEqual([]);
  });

  it('after a reload the picker shows each call best score', async () => {
    const { page, errors } = shared;
    await page.goto(`${baseUrl()}#/calls`);
    await page.reload();
    for (const [title, score] of bestByTitle) {
      const card = page.getByRole('listitem', { name: title });
      await card.getByText(`Best score: ${score} of 100`).waitFor();
    }
    expect(bestByTitle.size).toBe(PLAYS.length);
    expect(errors).toEqual([]);
  });

  it('a call can be played by keyboard alone; the call screen with feedback and the debrief pass axe', async () => {
    const { page, errors, context } = await openPage(browser());
    await page.goto(`${baseUrl()}#/call/irma/coaching`);
    await page.getByRole('meter', { name: "Caller's mood" }).waitFor();
    let onChoice = false;
    for (let i = 0; i < 60 && !onChoice; i++) {
      await page.keyboard.press('Tab');
      onChoice = await page.evaluate(() => document.activeElement?.classList.contains('choice') ?? false);
    }
    expect(onChoice).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Feedback on your answer' }).waitFor();
    // Focus follows the call to what the caller says next.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('latest') ?? false)).toBe(true);
    await page.locator('.call-announcer', { hasText: 'Feedback:' }).waitFor({ state: 'attached' });
    // Typing and sending with the keyboard.
    await page.getByLabel('Or say it in your own words').focus();
    await page.keyboard.type('We were swamped on Friday, Mrs. Kowal.');
    await page.keyboard.press('Enter');
    await page.locator('.call-feedback mark.ev-fault').first().waitFor();
    expect(await axeWhenSettled(page)).toEqual([]);
    for (let i = 0; i < 15 && (await page.getByRole('button', { name: 'Stay silent' }).count()) > 0; i++) {
      await page.getByRole('button', { name: 'Stay silent' }).focus();
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: /^Debrief/ }).waitFor();
    expect(await axeWhenSettled(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
