import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, readWalkthrough } from '../../scripts/lib/play-walkthrough.ts';
import { parseBundleFile } from '../../src/domain/review/parse.ts';
import { rescoreAttempt } from '../../src/domain/review/rescore.ts';
import { axeViolations, baseUrl, openPage, useBrowser } from './support/browser.ts';

const irma = loadScenario('irma');
const TRAINEES = ['Ana', 'Ben', 'Chloe'];

/** Everything only the trainer may see: coaching notes and stage directions (one-word directions could turn up in anyone's words). */
const secrets = [
  ...new Set([
    ...irma.steps.flatMap((s) => s.responses.map((r) => r.coaching)),
    ...irma.steps.flatMap((s) => [...s.caller, ...(s.continues ?? []), ...s.branches.flatMap((b) => b.reply ?? []), ...(s.default.reply ?? [])].flatMap((l) => (l.direction ? [l.direction] : []))),
  ]),
].filter((text) => text.length >= 12);

const browser = useBrowser();
let context: BrowserContext;
let console_: Page;
let audience: Page;
let errors: string[];

beforeAll(async () => {
  const opened = await openPage(browser(), { acceptDownloads: true });
  context = opened.context;
  console_ = opened.page;
  errors = opened.errors;
});
afterAll(async () => {
  await context?.close();
});

async function projectorText(): Promise<string> {
  return (await audience.locator('main').textContent()) ?? '';
}

async function expectNoSecretsOnProjector() {
  const text = await projectorText();
  for (const secret of secrets) expect(text, `projector shows trainer-only text: ${secret}`).not.toContain(secret);
}

describe('a classroom session in Chromium', () => {
  it('sets up the roster and opens the projector window from the console', async () => {
    await console_.goto(`${baseUrl()}#/classroom`);
    await console_.getByRole('heading', { name: 'Classroom role-play', level: 1 }).waitFor();
    for (const name of TRAINEES) {
      await console_.getByLabel("Trainee's name").fill(name);
      await console_.getByRole('button', { name: 'Add trainee' }).click();
    }
    await console_.getByLabel(/^Your name \(trainer/).fill('Dana Cruz');
    await console_.getByLabel(/^Your name \(trainer/).blur();
    const [popup] = await Promise.all([context.waitForEvent('page'), console_.getByRole('button', { name: 'Open the projector view' }).click()]);
    audience = popup;
    audience.on('pageerror', (err) => errors.push(String(err)));
    await audience.setViewportSize({ width: 1280, height: 720 });
    await audience.getByText('Waiting for the trainer to start a call.').waitFor();
    // The projector is the classroom only: no app header or navigation.
    expect(await audience.getByRole('navigation').count()).toBe(0);
    expect(await axeViolations(console_)).toEqual([]);
    expect(await axeViolations(audience)).toEqual([]);
  });

  it('a second console window opens read-only; taking over there makes the first read-only, with the same notice', async () => {
    const second = await context.newPage();
    second.on('pageerror', (err) => errors.push(String(err)));
    await second.goto(`${baseUrl()}#/classroom`);
    const readOnly = (page: Page) => page.getByRole('region', { name: /This console is read-only/ });
    await readOnly(second).getByText(/This session is open in another console window, which is in charge/).waitFor();
    expect(await readOnly(console_).count()).toBe(0);
    const followed = (page: Page) => page.getByText(/^This session is also open in another console window, read-only/);
    await followed(console_).waitFor();
    expect(await second.getByRole('button', { name: 'Add trainee' }).isDisabled()).toBe(true);
    const onSeat = (page: Page, name: string) => page.locator('.roster-list .on-seat', { hasText: name }).waitFor();
    // The window in charge works on; the read-only one follows.
    await console_.getByRole('button', { name: 'Put Ben in the hot seat' }).click();
    await onSeat(second, 'Ben');
    expect(await axeViolations(second)).toEqual([]);

    await second.getByRole('button', { name: 'Take over in this window' }).click();
    await readOnly(second).waitFor({ state: 'detached' });
    await readOnly(console_).getByText(/Another console window took over this session/).waitFor();
    expect(await console_.getByRole('button', { name: 'Put Ana in the hot seat' }).isDisabled()).toBe(true);
    // The window now in charge started from what the first had saved, trainer's name included.
    expect(await second.getByLabel(/^Your name \(trainer/).inputValue()).toBe('Dana Cruz');
    await second.getByRole('button', { name: 'Put Ana in the hot seat' }).click();
    await onSeat(console_, 'Ana');
    expect(await axeViolations(console_)).toEqual([]);

    // Back to the first window; the second, read-only again, is closed.
    await console_.getByRole('button', { name: 'Take over in this window' }).click();
    await readOnly(console_).waitFor({ state: 'detached' });
    await readOnly(second).getByText(/Another console window took over this session/).waitFor();
    await followed(console_).waitFor();
    await second.close();
    await followed(console_).waitFor({ state: 'detached' });
    await onSeat(console_, 'Ana');
    expect(await console_.getByRole('button', { name: 'Add trainee' }).isEnabled()).toBe(true);
  });

  it('plays a call with three trainees in rotation; the projector never shows coaching, and shows lines and feedback only when revealed', async () => {
    await console_.getByLabel('Call to role-play').selectOption('irma');
    await console_.getByRole('button', { name: 'Start the call' }).click();
    const turns = readWalkthrough('irma-resolved-choices.json');
    const hot = (i: number) => TRAINEES[i % 3]!;
    for (const [i, turn] of turns.entries()) {
      const capture = console_.getByRole('region', { name: `Capture ${hot(i)}'s answer` });
      await capture.waitFor();
      await audience.locator('.audience-on-name', { hasText: hot(i) }).waitFor();
      await expectNoSecretsOnProjector();
      expect(await audience.locator('.audience-line').count()).toBe(0);

      // L puts the caller's line up (the console's script shows the same words).
      await console_.locator('body').press('l');
      const firstLine = (await console_.locator('.caller-script .bubble').first().textContent())!;
      await audience.locator('.audience-line', { hasText: firstLine }).waitFor();

      if (i === 1) {
        // One turn typed by the trainer, in the trainee's words.
        const step = irma.steps.find((s) => s.responses.some((r) => 'choose' in turn && r.id === turn.choose))!;
        const words = step.responses.find((r) => 'choose' in turn && r.id === turn.choose)!.text;
        await capture.getByLabel('Or type what was said').fill(words);
        await capture.getByLabel('Or type what was said').press('Enter');
      } else if ('choose' in turn) {
        // A digit picks the authored response: find which one the trainee's answer was.
        const text = irma.steps.flatMap((s) => s.responses.filter((r) => r.id === turn.choose)).map((r) => r.text);
        let key: string | null = null;
        for (const t of text) {
          const button = capture.getByRole('button', { name: t });
          if ((await button.count()) > 0) key = await button.first().getAttribute('aria-keyshortcuts');
        }
        expect(key).not.toBeNull();
        await console_.locator('body').press(key!);
      } else throw new Error('this walk-through only chooses');

      await console_.getByRole('region', { name: `Discussion: ${hot(i)}'s answer` }).waitFor();
      await expectNoSecretsOnProjector();
      expect(await audience.locator('.audience-feedback').count()).toBe(0);
      await console_.locator('body').press('r');
      const feedback = audience.getByRole('region', { name: `Feedback on ${hot(i)}'s answer` });
      await feedback.waitFor();
      await feedback.getByText('A model answer:').waitFor();
      await expectNoSecretsOnProjector();

      if (i === 2) {
        // The console's window closes and reopens mid-session: it resumes, and the projector keeps up.
        await console_.reload();
        await console_.getByText('Session resumed where you left it.').waitFor();
        await console_.getByRole('region', { name: `Discussion: ${hot(i)}'s answer` }).waitFor();
        await feedback.waitFor();
      }
      if (i === 3) {
        // P freezes the call: the projector says so and no answer can be taken.
        await console_.locator('body').press('p');
        await audience.getByText('Paused', { exact: true }).first().waitFor();
        await console_.locator('body').press('p');
        await audience.locator('.audience-paused').waitFor({ state: 'detached' });
      }
      if (await console_.getByRole('region', { name: /^The call has ended/ }).count()) break;
      await console_.locator('body').press('n');
    }
    await console_.getByRole('region', { name: /^The call has ended/ }).waitFor();
    const summary = audience.getByRole('region', { name: 'Class summary' });
    await summary.waitFor();
    for (const name of TRAINEES) await summary.getByRole('rowheader', { name }).waitFor();
    await expectNoSecretsOnProjector();
    expect(await axeViolations(audience)).toEqual([]);
    expect(await axeViolations(console_)).toEqual([]);
  });

  it('the projector fits 1280×720 and 1920×1080 without sideways scrolling, and stills the mood bar for reduced motion', async () => {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await audience.setViewportSize(size);
      expect(await audience.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const titleSize = await audience.locator('.audience-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(titleSize).toBeGreaterThanOrEqual(28);
    }
    const seconds = async () => parseFloat(await audience.locator('.mood-fill').evaluate((el) => getComputedStyle(el).transitionDuration));
    expect(await seconds()).toBeGreaterThan(0.1);
    await audience.emulateMedia({ reducedMotion: 'reduce' });
    expect(await seconds()).toBeLessThan(0.01);
  });

  it('a projector window closed and reopened comes back to the same place', async () => {
    await audience.close();
    audience = await context.newPage();
    await audience.goto(`${baseUrl()}#/audience`);
    await audience.getByRole('region', { name: 'Class summary' }).waitFor();
  });

  it('exports one results bundle per trainee that the supervisor dashboard imports and re-scores without a flag', async () => {
    const [download] = await Promise.all([console_.waitForEvent('download'), console_.getByRole('button', { name: 'Export results (.zip)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^classroom-results-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const files = Object.keys(zip.files);
    expect(files).toHaveLength(3);
    const names: string[] = [];
    const texts = new Map<string, string>();
    for (const file of files) {
      texts.set(file, await zip.file(file)!.async('string'));
      const parsed = parseBundleFile(file, texts.get(file)!);
      if (!parsed.ok || parsed.kind !== 'results') throw new Error(`${file} does not import: ${JSON.stringify(parsed)}`);
      const { bundle } = parsed;
      names.push(bundle.trainee.name);
      expect(bundle.source).toBe('classroom');
      const [attempt] = bundle.attempts;
      expect(attempt!.origin).toMatchObject({ kind: 'classroom', trainer: 'Dana Cruz' });
      expect(attempt!.transcript.some((t) => t.answeredBy === bundle.trainee.id)).toBe(true);
      const rescored = rescoreAttempt(attempt!, [irma]);
      expect(rescored.flags).toEqual([]);
    }
    expect(names.toSorted()).toEqual(TRAINEES);

    // And through the supervisor's dashboard itself, in the same browser.
    await console_.goto(`${baseUrl()}#/review`);
    await console_.getByLabel('Choose results files').setInputFiles([...texts].map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
    for (const name of TRAINEES) await console_.getByText(new RegExp(`: ${name}, 1 new call imported\\.$`)).waitFor();
    expect(errors).toEqual([]);
  });

  it('exports a call still in progress, marked as not finished, which the review dashboard imports and re-scores', async () => {
    await console_.goto(`${baseUrl()}#/classroom`);
    await console_.getByRole('heading', { name: 'Classroom role-play', level: 1 }).waitFor();
    await console_.getByLabel('Call to role-play').selectOption('irma');
    await console_.getByRole('button', { name: 'Start the call' }).click();
    const answered: string[] = [];
    for (let turn = 0; turn < 2; turn++) {
      const capture = console_.getByRole('region', { name: /^Capture .*'s answer$/ });
      await capture.waitFor();
      answered.push((await capture.getByRole('heading', { level: 2 }).textContent())!.replace(/^Capture (.*)'s answer$/, '$1'));
      await console_.locator('body').press('1');
      await console_.getByRole('region', { name: /^Discussion: / }).waitFor();
      if (turn === 0) await console_.locator('body').press('n');
    }
    const panel = console_.getByRole('region', { name: 'Export results' });
    await panel.getByText('1 finished call').waitFor();
    await panel.getByText(/the call in progress as far as it went, marked as not finished/).waitFor();
    expect(await axeViolations(console_)).toEqual([]);

    const [download] = await Promise.all([console_.waitForEvent('download'), panel.getByRole('button', { name: 'Export results (.zip)' }).click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const texts = new Map<string, string>();
    const unfinished = new Map<string, number>();
    for (const file of Object.keys(zip.files)) {
      texts.set(file, await zip.file(file)!.async('string'));
      const parsed = parseBundleFile(file, texts.get(file)!);
      if (!parsed.ok || parsed.kind !== 'results') throw new Error(`${file} does not import: ${JSON.stringify(parsed)}`);
      for (const attempt of parsed.bundle.attempts.filter((a) => a.unfinished)) {
        expect(attempt).toMatchObject({ endingId: null, outcome: null });
        expect(attempt.transcript).toHaveLength(2);
        expect(rescoreAttempt(attempt, [irma]).flags).toEqual([]);
        unfinished.set(parsed.bundle.trainee.name, (unfinished.get(parsed.bundle.trainee.name) ?? 0) + 1);
      }
    }
    expect([...unfinished.keys()].toSorted()).toEqual(answered.toSorted());
    expect([...unfinished.values()]).toEqual([1, 1]);

    // The dashboard already holds the finished call from before: only the unfinished one is new.
    await console_.goto(`${baseUrl()}#/review`);
    await console_.getByLabel('Choose results files').setInputFiles([...texts].map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
    for (const name of answered) await console_.getByText(new RegExp(`: ${name}, 1 new call imported\\. 1 call was already here and was skipped\\.$`)).waitFor();
    await console_.getByRole('table').first().waitFor();
    expect(await console_.getByText(/flagged/).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
