import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createActor } from 'xstate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, readWalkthrough } from '../../scripts/lib/play-walkthrough.ts';
import { buildAttempt, newAttemptId } from '../../src/domain/records/attempt.ts';
import { buildResultsBundle } from '../../src/domain/records/results-bundle.ts';
import { createProfile } from '../../src/domain/profiles/profile.ts';
import { compileScenario } from '../../src/domain/scenario/compile.ts';
import { scoreCall } from '../../src/domain/scenario/score.ts';
import { axeViolations, baseUrl, openPage, useBrowser } from './support/browser.ts';
import { focusedDescription, tabTo, uiString } from './support/keyboard-and-strings.ts';

const LANGUAGES = ['en', 'es'] as const;
const PHRASE = { en: 'Mrs. Jones, I am so sorry. We were swamped with calls last night.', es: 'Sra. Jones, lo siento mucho. Anoche estábamos saturados de llamadas.' };
const WORKBOOK_ANSWER = { en: 'I am correcting your on-call schedule right now.', es: 'Estoy corrigiendo su calendario de guardias ahora mismo.' };

/**
 * A supervisor's import file: one trainee who played Irma's call to its
 * resolved ending, built the way the app builds one, so the dashboard has data.
 */
function resultsFile(): string {
  const scenario = loadScenario('irma');
  const trainee = createProfile({ name: 'Ana Ruiz', team: 'Noche' });
  const actor = createActor(compileScenario(scenario)).start();
  for (const turn of readWalkthrough('irma-resolved-choices.json')) {
    if (!('choose' in turn)) continue;
    const step = scenario.steps.find((s) => s.id === actor.getSnapshot().context.stepId)!;
    const response = step.responses.find((r) => r.id === turn.choose)!;
    actor.send({ type: 'trainee.respond', text: response.text, source: 'choice', responseId: response.id });
  }
  const { transcript, endingId, mood } = actor.getSnapshot().context;
  if (!endingId) throw new Error('the walk-through did not end the call');
  const score = scoreCall(scenario, { transcript, endingId, mood });
  const now = Date.now();
  const attempt = buildAttempt(scenario, { id: newAttemptId(), profileId: trainee.id, mode: 'exam', startedAt: now - 300_000, endedAt: now, transcript, endingId, mood, score });
  const file = join(mkdtempSync(join(tmpdir(), 'htl-a11y-')), 'ana-ruiz-results.json');
  writeFileSync(file, JSON.stringify(buildResultsBundle({ trainee, attempts: [attempt], appVersion: 'a11y-test' })));
  return file;
}

/** No axe violation once the caller's newest lines have finished fading in (a half-faded line fails the contrast check). */
async function expectNoViolations(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('.line-caller')].every((el) => getComputedStyle(el).opacity === '1'));
  expect(await axeViolations(page)).toEqual([]);
}

const browser = useBrowser();

describe.each(LANGUAGES)('axe finds no WCAG 2.2 A/AA violation on any screen, in %s', (lang) => {
  const s = (key: string, values?: Record<string, string | number>) => uiString(lang, key, values);
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const h1 = (name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

  beforeAll(async () => {
    ({ context, page, errors } = await openPage(browser()));
    // The language is chosen before the app loads, the way a returning trainee's saved choice is.
    await context.addInitScript((l) => localStorage.setItem('hold-the-line:lang', l), lang);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await context?.close();
  });

  it('home, in the right language', async () => {
    await page.goto(baseUrl());
    await h1(s('home.title'));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await expectNoViolations(page);
  });

  it('the header with the trainee panel open', async () => {
    await page.getByRole('button', { name: s('profile.none') }).click();
    await page.getByRole('group', { name: s('profile.dialogTitle') }).waitFor();
    await expectNoViolations(page);
    await page.keyboard.press('Escape');
  });

  it('phrase check with a result', async () => {
    await page.goto(`${baseUrl()}#/phrase-check`);
    await h1(s('phraseCheck.title'));
    await page.getByLabel(s('phraseCheck.utterance')).fill(PHRASE[lang]);
    await page.getByRole('button', { name: s('phraseCheck.check') }).click();
    await page.getByRole('heading', { name: s('phraseCheck.resultTitle') }).waitFor();
    await expectNoViolations(page);
  });

  it('the workbook before a trainee is chosen, then a section with an answer saved', async () => {
    await page.goto(`${baseUrl()}#/workbook`);
    await h1(s('workbook.title'));
    const form = page.getByRole('region', { name: s('profile.newTitle') });
    await expectNoViolations(page);
    await form.getByLabel(s('profile.name')).fill(lang === 'en' ? 'María López' : 'Mariana Pérez');
    await form.getByRole('button', { name: s('profile.create') }).click();
    await page.locator('.wb-statusbar').waitFor();
    await page.goto(`${baseUrl()}#/workbook/action-statements`);
    const section = page.locator('#wb-action-statements');
    await section.locator('textarea').first().fill(WORKBOOK_ANSWER[lang]);
    await page.locator('.wb-save', { hasText: s('workbook.save.saved') }).waitFor();
    await expectNoViolations(page);
  });

  it('desk cards', async () => {
    await page.goto(`${baseUrl()}#/desk-cards`);
    await page.locator('.desk-card').first().waitFor();
    await expectNoViolations(page);
  });

  it('the scenario picker', async () => {
    await page.goto(`${baseUrl()}#/calls`);
    await h1(s('call.picker.title'));
    await expectNoViolations(page);
  });

  it('a call mid-way with coaching feedback, then its debrief', async () => {
    await page.goto(`${baseUrl()}#/call/irma/coaching`);
    await page.getByRole('meter', { name: s('call.screen.moodLabel') }).waitFor();
    await page.locator('.choice').first().click();
    await page.getByRole('region', { name: s('call.feedback.title') }).waitFor();
    await expectNoViolations(page);
    const silent = page.getByRole('button', { name: s('call.screen.staySilent') });
    for (let i = 0; i < 15 && (await silent.count()) > 0; i++) await silent.click();
    await page.locator('#debrief-title').waitFor();
    await page.locator('.debrief [role="status"]', { hasText: s('call.debrief.saved') }).waitFor();
    await expectNoViolations(page);
  });

  it('the supervisor dashboard, empty and with a trainee’s results imported', async () => {
    await page.goto(`${baseUrl()}#/review`);
    await h1(s('review.title'));
    await expectNoViolations(page);
    await page.getByLabel(s('review.import.pick')).setInputFiles(resultsFile());
    await page.getByRole('table').first().waitFor();
    await page.getByText('Ana Ruiz').first().waitFor();
    await expectNoViolations(page);
  });

  it('the classroom console, before and during a call, and the audience view beside it', async () => {
    await page.goto(`${baseUrl()}#/classroom`);
    await h1(s('classroom.title'));
    await expectNoViolations(page);
    const projector = await context.newPage();
    await projector.goto(`${baseUrl()}#/audience`);
    await projector.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await axeViolations(projector)).toEqual([]);

    for (const name of ['Ana', 'Ben']) {
      await page.getByLabel(s('classroom.roster.name')).fill(name);
      await page.getByRole('button', { name: s('classroom.roster.add') }).click();
    }
    await page.getByLabel(s('classroom.setup.scenario')).selectOption('irma');
    await page.getByRole('button', { name: s('classroom.setup.start') }).click();
    const typed = page.getByLabel(s('classroom.capture.type'));
    await typed.fill(PHRASE[lang]);
    await expectNoViolations(page);
    await typed.press('Enter');
    await page.getByRole('button', { name: s('classroom.discuss.reveal') }).click();
    await expectNoViolations(page);
    // The projector follows the console: the caller and the revealed feedback.
    await projector.locator('mark, .evidence-list, [role="region"]').first().waitFor();
    expect(await axeViolations(projector)).toEqual([]);
    await projector.close();
  });

  it('each screen names the browser tab, in the interface’s language', async () => {
    const app = s('app.name');
    const screens: [string, string][] = [
      ['#/', app],
      ['#/calls', `${s('call.picker.title')} — ${app}`],
      ['#/phrase-check', `${s('phraseCheck.title')} — ${app}`],
      ['#/workbook', `${s('workbook.title')} — ${app}`],
      ['#/desk-cards', `${s('workbook.deskCards.title')} — ${app}`],
      ['#/review', `${s('review.title')} — ${app}`],
      ['#/classroom', `${s('classroom.title')} — ${app}`],
      ['#/call/irma/coaching', `Irma Kowal — ${app}`],
    ];
    for (const [hash, title] of screens) {
      await page.goto(`${baseUrl()}${hash}`);
      await page.waitForFunction((t) => document.title === t, title, { timeout: 5000 }).catch(() => undefined);
      expect(await page.title(), hash).toBe(title);
    }
  });
});

describe('reduced motion', () => {
  it('with prefers-reduced-motion the caller’s next lines and the mood meter appear at once, without fading, sliding or growing', async () => {
    const { page, errors, context } = await openPage(browser(), { reducedMotion: 'reduce' });
    await page.goto(`${baseUrl()}#/call/irma/coaching`);
    const meter = page.getByRole('meter', { name: "Caller's mood" });
    await meter.waitFor();
    await page.locator('.choice').first().click();
    // Read in the same frame the new lines are first found: nothing is part-way through a movement.
    const frame = await page.evaluate(async () => {
      while (!document.querySelector('.latest .line-caller')) await new Promise(requestAnimationFrame);
      const fill = document.querySelector<HTMLElement>('.mood-fill')!;
      const track = fill.parentElement!;
      return {
        opacities: [...document.querySelectorAll('.latest .line-caller')].map((el) => getComputedStyle(el).opacity),
        transforms: [...document.querySelectorAll('.latest .line-caller')].map((el) => getComputedStyle(el).transform),
        fillShare: Math.round((fill.getBoundingClientRect().width / track.clientWidth) * 100),
        mood: Number(track.getAttribute('aria-valuenow')),
      };
    });
    expect(frame.opacities.every((o) => o === '1')).toBe(true);
    expect(frame.transforms.every((t) => t === 'none' || t === 'matrix(1, 0, 0, 1, 0, 0)')).toBe(true);
    expect(Math.abs(frame.fillShare - frame.mood)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// Each course call's best path by choices (tests/fixtures/walkthroughs/<id>-resolved-choices.json).
const COURSE_CALLS = ['irma', 'bob', 'hal', 'anniversary-doctor', 'high-bill'];
const EXPECTATIONS = JSON.parse(readFileSync('tests/fixtures/walkthroughs/expectations.json', 'utf8')) as Record<string, { ending: string }>;

describe('every course call by keyboard alone', () => {
  it.each(COURSE_CALLS)('%s: Tab reaches each answer from where focus lands, Enter gives it, and the debrief takes focus', async (id) => {
    const { page, errors, context } = await openPage(browser());
    const scenario = loadScenario(id);
    await page.goto(`${baseUrl()}#/call/${id}/coaching`);
    await page.getByRole('meter', { name: "Caller's mood" }).waitFor();
    for (const turn of readWalkthrough(`${id}-resolved-choices.json`)) {
      if (!('choose' in turn)) throw new Error(`${id}-resolved-choices.json should hold chosen answers only`);
      const onScreen = await page.locator('.choice').allTextContents();
      const text = scenario.steps.flatMap((st) => st.responses.filter((r) => r.id === turn.choose).map((r) => r.text)).find((t) => onScreen.includes(t));
      if (!text) throw new Error(`${id}: no button on screen for "${turn.choose}"; focus is on ${await focusedDescription(page)}`);
      await tabTo(page, 'button.choice', text);
      await page.keyboard.press('Enter');
    }
    await page.locator('#debrief-title').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('debrief-title');
    const expected = EXPECTATIONS[`${id}-resolved-choices.json`]!.ending;
    await page.getByText(scenario.endings.find((e) => e.id === expected)!.outcome, { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('reflow', () => {
  it.each(LANGUAGES)('at 320 CSS pixels wide no screen scrolls sideways (%s)', async (lang) => {
    const { page, errors, context } = await openPage(browser(), { viewport: { width: 320, height: 640 } });
    await context.addInitScript((l) => localStorage.setItem('hold-the-line:lang', l), lang);
    const wide: string[] = [];
    for (const screen of ['#/', '#/phrase-check', '#/workbook', '#/desk-cards', '#/calls', '#/call/irma/coaching', '#/review', '#/classroom', '#/audience']) {
      await page.goto(`${baseUrl()}${screen}`);
      await page.locator('main h1, h1').first().waitFor();
      if (screen.startsWith('#/call/')) {
        await page.locator('.choice').first().click();
        await page.locator('.call-feedback').waitFor();
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${screen} is ${width}px wide`);
    }
    expect(wide).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('focus not obscured', () => {
  it('moving back up the workbook with Shift+Tab, the focused field is never under the sticky progress bar', async () => {
    const { page, errors, context } = await openPage(browser(), { viewport: { width: 1280, height: 700 } });
    await page.goto(`${baseUrl()}#/workbook`);
    const form = page.getByRole('region', { name: 'New trainee' });
    await form.getByLabel('Name').fill('Ana');
    await form.getByRole('button', { name: 'Add and switch' }).click();
    await page.locator('.wb-answer').last().focus();
    const hidden: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const overlap = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const bar = document.querySelector('.wb-statusbar')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return box.top < bar.bottom && box.bottom > bar.top ? `${el.tagName.toLowerCase()}#${el.id} (top ${Math.round(box.top)}, bar ends ${Math.round(bar.bottom)})` : null;
      });
      if (overlap) hidden.push(overlap);
    }
    expect(hidden).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
