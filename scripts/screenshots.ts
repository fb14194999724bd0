/**
 * Builds the app, serves it on loopback and saves the README's screenshots
 * to docs/screenshots/ with the machine's Chromium.
 *
 *   npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { findChromium } from './lib/find-chromium.ts';
import { loadScenario, playOnPage, readWalkthrough } from './lib/play-walkthrough.ts';

const shots: { file: string; fullPage?: boolean; run: (page: Page, base: string) => Promise<void> }[] = [
  {
    file: 'phrase-check.png',
    run: async (page, base) => {
      await page.goto(`${base}#/phrase-check`);
      await page.getByLabel('What you would say').fill(
        "Mrs. Jones, I'm so sorry you were woken up last night. We were swamped, but I've corrected your on-call schedule and I'll call you back by 3 p.m. today to confirm.",
      );
      await page.getByLabel("Caller's name (optional)").fill('Mrs. Jones');
      await page.getByRole('button', { name: 'Check' }).click();
      await page.locator('.evidence-list').waitFor();
    },
  },
  {
    file: 'workbook.png',
    // The whole workbook is dozens of screens long: show one task in context.
    fullPage: false,
    run: async (page, base) => {
      await page.goto(`${base}#/workbook`);
      const form = page.getByRole('region', { name: 'New trainee' });
      await form.getByLabel('Name').fill('María López');
      await form.getByRole('button', { name: 'Add and switch' }).click();
      await page.getByRole('textbox', { name: '1)', exact: true }).fill('I am correcting your on-call schedule right now.');
      await page.getByRole('textbox', { name: '2)', exact: true }).fill('I will call you back by 3 p.m. today to confirm.');
      await page.locator('.wb-save', { hasText: 'Saved' }).waitFor();
      await page.evaluate(() => document.getElementById('wb-action-statements')?.scrollIntoView());
    },
  },
  {
    file: 'calls-picker.png',
    run: async (page, base) => {
      // One finished call first, so a card shows a best score.
      await page.goto(`${base}#/call/irma/exam`);
      await playOnPage(page, loadScenario('irma'), readWalkthrough('irma-resolved-choices.json'));
      await page.getByText('Attempt saved in this browser.').waitFor();
      await page.goto(`${base}#/calls`);
      await page.getByText(/^Best score:/).waitFor();
    },
  },
  {
    file: 'call-coaching.png',
    // The call mid-way: the caller, her mood, the transcript and the feedback on the last answer.
    fullPage: false,
    run: async (page, base) => {
      await page.goto(`${base}#/call/irma/coaching`);
      const irma = loadScenario('irma');
      const model = irma.steps[0]!.responses.find((r) => r.model) ?? irma.steps[0]!.responses[0]!;
      await page.getByRole('button', { name: model.text, exact: true }).click();
      await page.getByLabel('Or say it in your own words').fill("I'm sorry, Mrs. Kowal, that sounds like an awful morning. We were swamped on Friday, so what time did the mother call?");
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByRole('region', { name: 'Feedback on your answer' }).waitFor();
      await page.waitForTimeout(600); // let the mood meter settle
      await page.evaluate(() => document.querySelector('.call-main')?.scrollIntoView({ block: 'start' }));
    },
  },
  {
    file: 'call-debrief.png',
    fullPage: false,
    run: async (page, base) => {
      await page.goto(`${base}#/call/irma/exam`);
      await playOnPage(page, loadScenario('irma'), readWalkthrough('irma-transferred-typed.json'));
      await page.getByRole('heading', { name: /^Debrief/ }).waitFor();
      await page.evaluate(() => document.querySelector('.debrief')?.scrollIntoView());
    },
  },
  {
    file: 'desk-card.png',
    run: async (page, base) => {
      await page.goto(`${base}#/desk-cards/six-reminders`);
      await page.getByRole('heading', { name: 'Six reminders for handling complaints' }).waitFor();
    },
  },
];

const chromePath = findChromium();
await build({ logLevel: 'warn' });
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const address = server.httpServer.address();
if (address === null || typeof address === 'string') throw new Error('preview server has no port');
const base = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('docs/screenshots', { recursive: true });
const only = process.argv.slice(2);
try {
  for (const shot of shots) {
    if (only.length > 0 && !only.some((o) => shot.file.includes(o))) continue;
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await shot.run(page, base);
    await page.screenshot({ path: `docs/screenshots/${shot.file}`, fullPage: shot.fullPage ?? true });
    console.log(`docs/screenshots/${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
