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
import { loadScenarioFile } from '../src/domain/scenario/load.ts';
import type { Scenario } from '../src/domain/scenario/schema.ts';
import { localizeScenario } from '../src/domain/scenario/translation.ts';

/** A course call with its Spanish words (scenarios/<id>.es.yaml), to find the buttons a Spanish screen shows. */
function spanishScenario(id: string): Scenario {
  const loaded = loadScenarioFile(`scenarios/${id}.yaml`);
  if (!loaded.scenario || !loaded.translations.es) throw new Error(`scenarios/${id}.yaml has no loadable Spanish text (${id}.es.yaml)`);
  return localizeScenario(loaded.scenario, loaded.translations.es);
}

/** Clicks, in order, the responses with these ids on whatever step the Spanish call screen is on. */
async function chooseInSpanish(page: Page, scenario: Scenario, responseIds: readonly string[]): Promise<void> {
  for (const id of responseIds) {
    const onScreen = await page.locator('.choice').allTextContents();
    const text = scenario.steps.flatMap((s) => s.responses.filter((r) => r.id === id).map((r) => r.text)).find((t) => onScreen.includes(t));
    if (!text) throw new Error(`${scenario.id}: no button for response "${id}"`);
    await page.locator('.choice').getByText(text, { exact: true }).click();
  }
}

// `locale` is the browser's language (the app starts in it); English unless a shot says otherwise.
/** Three trainees' results files (made with the domain functions), imported on the supervisor's dashboard. */
async function importDemoReview(page: Page, base: string): Promise<void> {
  const { bundleOf, profile, walkthroughAttempt } = await import('../tests/domain/review/support.ts');
  const day = 86_400_000;
  const trainees: [string, string, string, [string, string][]][] = [
    ['p-maria', 'María López', 'North', [['irma-hangs-up-typed.json', 'irma'], ['irma-resolved-typed.json', 'irma'], ['irma-resolved-choices.json', 'irma'], ['bob-cancels-typed.json', 'bob'], ['bob-resolved-choices.json', 'bob']]],
    ['p-tom', 'Tom Reyes', 'North', [['hal-cancels-typed.json', 'hal'], ['hal-resolved-typed.json', 'hal'], ['irma-transferred-typed.json', 'irma']]],
    ['p-ada', 'Ada Obi', 'South', [['bob-hung-up-on-choices.json', 'bob'], ['bob-escalated-choices.json', 'bob'], ['anniversary-doctor-resolved-choices.json', 'anniversary-doctor'], ['hal-resolved-choices.json', 'hal']]],
  ];
  const files = trainees.map(([id, name, team, plays]) => {
    const attempts = plays.map(([file, scenario], i) => walkthroughAttempt(file, scenario, { id: `${id}-${i}`, profileId: id, startedAt: Date.UTC(2026, 10, 2, 9) + i * day }));
    return { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundleOf(profile(id, name, team), attempts))) };
  });
  await page.goto(`${base}#/review`);
  await page.getByLabel('Choose results files').setInputFiles([...files, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a results file') }]);
  await page.locator('.import-report').waitFor();
  await page.getByRole('table', { name: /Team overview/ }).getByRole('rowheader').first().waitFor();
}

const shots: { file: string; fullPage?: boolean; locale?: string; run: (page: Page, base: string) => Promise<void> }[] = [
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
  {
    file: 'call-coaching-es.png',
    // The call in Spanish mid-way: the caller's words, her mood in words, and the feedback on a typed answer.
    locale: 'es-MX',
    fullPage: false,
    run: async (page, base) => {
      await page.goto(`${base}#/call/irma/coaching`);
      await chooseInSpanish(page, spanishScenario('irma'), ['interrupt-and-ask']);
      await page.locator('.typed-answer textarea').fill('Lo siento mucho, Sra. Kowal, qué mañana tan pesada. Es que el viernes estábamos saturados; ¿a qué hora llamó la mamá?');
      await page.locator('.typed-answer button[type="submit"]').click();
      await page.locator('.call-feedback').waitFor();
      await page.waitForTimeout(600); // let the mood meter settle
      await page.evaluate(() => document.querySelector('.call-main')?.scrollIntoView({ block: 'start' }));
    },
  },
  {
    file: 'call-debrief-es.png',
    locale: 'es-MX',
    fullPage: false,
    run: async (page, base) => {
      await page.goto(`${base}#/call/irma/exam`);
      const turns = readWalkthrough('irma-resolved-choices.json').flatMap((t) => ('choose' in t ? [t.choose] : []));
      await chooseInSpanish(page, spanishScenario('irma'), turns);
      await page.locator('#debrief-title').waitFor();
      await page.evaluate(() => document.querySelector('.debrief')?.scrollIntoView());
    },
  },
  {
    file: 'workbook-es.png',
    // A Spanish-speaking browser opens the app in Spanish.
    locale: 'es-MX',
    fullPage: false,
    run: async (page, base) => {
      await page.goto(`${base}#/workbook`);
      const form = page.getByRole('region', { name: 'Nuevo agente' });
      await form.getByLabel('Nombre').fill('María López');
      await form.getByRole('button', { name: 'Agregar y cambiar' }).click();
      await page.getByRole('textbox', { name: '1)', exact: true }).fill('Ya estoy corrigiendo su horario de guardia.');
      await page.getByRole('textbox', { name: '2)', exact: true }).fill('Le devuelvo la llamada hoy antes de las 3 p. m. para confirmárselo.');
      await page.locator('.wb-save', { hasText: 'Guardado' }).waitFor();
      await page.evaluate(() => document.getElementById('wb-action-statements')?.scrollIntoView());
    },
  },
  {
    file: 'desk-card-es.png',
    locale: 'es-MX',
    run: async (page, base) => {
      await page.goto(`${base}#/desk-cards/aer`);
      await page.getByRole('heading', { name: 'A.E.R.: desde el principio y seguido' }).waitFor();
    },
  },  {
    file: 'classroom-console.png',
    // The trainer's console mid-call: the caller's script with stage directions, the hot seat, typed words scored live.
    run: async (page, base) => {
      await page.goto(`${base}#/classroom`);
      for (const name of ['Ana', 'Ben', 'Chloe']) {
        await page.getByLabel("Trainee's name").fill(name);
        await page.getByRole('button', { name: 'Add trainee' }).click();
      }
      await page.getByLabel('Call to role-play').selectOption('irma');
      await page.getByRole('button', { name: 'Start the call' }).click();
      await page.locator('body').press('1');
      await page.locator('body').press('n');
      await page.getByLabel('Or type what was said').fill('So the message came in at 2:15 on Friday, Mrs. Kowal? We were short-staffed that afternoon.');
      await page.getByRole('button', { name: /Excuse/ }).waitFor();
    },
  },
  {
    file: 'classroom-projector.png',
    // The projector at 1280×720 after the trainer revealed the feedback: driven from a console tab in the same browser.
    fullPage: false,
    run: async (page, base) => {
      const trainer = await page.context().newPage();
      await trainer.goto(`${base}#/classroom`);
      for (const name of ['Ana', 'Ben', 'Chloe']) {
        await trainer.getByLabel("Trainee's name").fill(name);
        await trainer.getByRole('button', { name: 'Add trainee' }).click();
      }
      await trainer.getByLabel('Call to role-play').selectOption('irma');
      await trainer.getByRole('button', { name: 'Start the call' }).click();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${base}#/audience`);
      await trainer.getByLabel('Or type what was said').fill("I'm so sorry, Mrs. Kowal. We were swamped on Friday, so what time did the mother call?");
      await trainer.getByLabel('Or type what was said').press('Enter');
      await trainer.locator('body').press('r');
      await page.getByRole('region', { name: "Feedback on Ana's answer" }).waitFor();
    },
  },
  {
    file: 'review-overview.png',
    fullPage: false,
    run: async (page, base) => {
      await importDemoReview(page, base);
      await page.getByLabel('Pass mark (0-100)').fill('75');
      await page.evaluate(() => document.querySelector('.import-report')?.scrollIntoView());
    },
  },
  {
    file: 'review-heatmap.png',
    fullPage: false,
    run: async (page, base) => {
      await importDemoReview(page, base);
      await page.locator('.trend-chart canvas').first().waitFor();
      await page.evaluate(() => document.getElementById('review-heat-title')?.scrollIntoView());
    },
  },
  {
    file: 'review-trend.png',
    fullPage: false,
    run: async (page, base) => {
      await importDemoReview(page, base);
      await page.locator('.trend-chart canvas').first().waitFor();
      await page.getByText('Show the scores as a table').click();
      await page.evaluate(() => document.getElementById('review-trend-title')?.scrollIntoView());
    },
  },
  {
    file: 'review-drill-down.png',
    fullPage: false,
    run: async (page, base) => {
      await importDemoReview(page, base);
      await page.getByRole('button', { name: 'Open latest call of María López on Bullying Bob' }).click();
      await page.getByLabel('Area of opportunity').fill('Let Bob finish, then name the behaviour calmly and say what you will do.');
      await page.getByText('Saved', { exact: true }).waitFor();
      await page.evaluate(() => document.querySelector('.drill-down')?.scrollIntoView());
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
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1, locale: shot.locale ?? 'en-US' });
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
