import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario, playOnPage, readWalkthrough } from '../../scripts/lib/play-walkthrough.ts';
import { bundleOf, copy, profile, walkthroughAttempt } from '../domain/review/support.ts';
import { axeViolations, baseUrl, openPage, useBrowser } from './support/browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'review-e2e-'));
const DAY = 86_400_000;

/** A trainee's results file made with the domain functions, several calls over several days. */
function generatedBundle(id: string, name: string, team: string, plays: [file: string, scenario: string][]): string {
  const trainee = profile(id, name, team);
  const attempts = plays.map(([file, scenario], i) => walkthroughAttempt(file, scenario, { id: `${id}-${i}`, profileId: id, startedAt: Date.UTC(2026, 10, 2, 9) + i * DAY }));
  const path = join(dir, `${name.split(' ')[0]!.toLowerCase()}.json`);
  writeFileSync(path, JSON.stringify(bundleOf(trainee, attempts)));
  return path;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
}

const browser = useBrowser();

describe("supervisor's review in Chromium", () => {
  it('a trainee plays two calls and exports; a supervisor imports that file with two others and a broken one, reviews, audits and exports CSV', async () => {
    // The trainee, on their own computer.
    const trainee = await openPage(browser());
    let page = trainee.page;
    await page.goto(`${baseUrl()}#/calls`);
    await page.getByRole('button', { name: 'Choose trainee' }).click();
    const panel = page.getByRole('group', { name: 'Who is training?' });
    await panel.getByLabel('Name').fill('María López');
    await panel.getByLabel('Team (optional)').fill('North');
    await panel.getByRole('button', { name: 'Add and switch' }).click();
    await page.getByRole('button', { name: 'Trainee: María López' }).waitFor();
    for (const [id, file] of [
      ['irma', 'irma-resolved-choices.json'],
      ['bob', 'bob-cancels-typed.json'],
    ] as const) {
      await page.goto(`${baseUrl()}#/call/${id}/coaching`);
      await playOnPage(page, loadScenario(id), readWalkthrough(file));
      await page.getByText('Attempt saved in this browser.').waitFor();
    }
    const exported = await exportTraineeResults(page);
    const traineeFile = join(dir, exported.name);
    writeFileSync(traineeFile, exported.text);
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'hold-the-line/results', trainee: { name: 'María López' } });
    expect(trainee.errors).toEqual([]);
    await trainee.context.close();

    // The supervisor, on another computer.
    const supervisor = await openPage(browser());
    page = supervisor.page;
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Review' }).click();
    await page.getByRole('heading', { name: "Supervisor's review", level: 1 }).waitFor();
    await page.getByText(/No results yet/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format":"hold-the-line/results","version":1,"trainee":{"id":"x","na');
    await page.getByLabel('Choose results files').setInputFiles([
      traineeFile,
      generatedBundle('p-tom', 'Tom Reyes', 'North', [
        ['irma-hangs-up-typed.json', 'irma'],
        ['irma-resolved-typed.json', 'irma'],
        ['hal-resolved-choices.json', 'hal'],
      ]),
      generatedBundle('p-ada', 'Ada Obi', 'South', [
        ['bob-hung-up-on-choices.json', 'bob'],
        ['bob-resolved-choices.json', 'bob'],
        ['anniversary-doctor-resolved-choices.json', 'anniversary-doctor'],
      ]),
      broken,
    ]);
    const report = page.locator('.import-report');
    await report.getByText('broken.json is cut short').waitFor();
    await report.getByText(/María López, 2 new calls imported/).waitFor();
    await report.getByText(/tom\.json: Tom Reyes, 3 new calls imported/).waitFor();

    // Overview, heat map, trend.
    const table = page.getByRole('table', { name: /Team overview/ });
    await table.getByRole('rowheader', { name: 'María López' }).first().waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + 6);
    await page.getByRole('heading', { name: "The team's weakest rules" }).waitFor();
    expect(await page.locator('.heatmap tbody tr').count()).toBe(3);
    await page.locator('.trend-chart canvas').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Drill-down and the audit note.
    await table.getByRole('button', { name: 'Open latest call of María López on Bullying Bob' }).click();
    const drill = page.getByRole('region', { name: /María López — / });
    await drill.getByRole('heading', { name: 'Annotated transcript' }).waitFor();
    expect(await drill.locator('.review-turn').count()).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    const note = drill.getByLabel('Area of opportunity');
    await note.fill('Let Bob finish, then name the behaviour calmly.');
    await drill.getByText('Saved', { exact: true }).waitFor();

    const csv = await download(page, 'Export team table (CSV)');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text).toContain('Let Bob finish, then name the behaviour calmly.');
    expect(csv.text).toContain('María López');

    // A reload keeps the imported review and the note (saved in this browser as it was typed).
    await page.reload();
    await page.getByRole('button', { name: 'Open latest call of María López on Bullying Bob' }).click();
    expect(await page.getByLabel('Area of opportunity').inputValue()).toBe('Let Bob finish, then name the behaviour calmly.');

    // The whole review travels to another supervisor, note included.
    const bundle = await download(page, 'Export review bundle');
    const reviewFile = join(dir, 'review-bundle.json');
    writeFileSync(reviewFile, bundle.text);
    expect(supervisor.errors).toEqual([]);
    await supervisor.context.close();

    const second = await openPage(browser());
    await second.page.goto(`${baseUrl()}#/review`);
    await second.page.getByLabel('Choose results files').setInputFiles(reviewFile);
    await second.page.getByText(/review-bundle\.json: review bundle, 8 new calls imported/).waitFor();
    await second.page.getByRole('button', { name: 'Open latest call of María López on Bullying Bob' }).click();
    expect(await second.page.getByLabel('Area of opportunity').inputValue()).toBe('Let Bob finish, then name the behaviour calmly.');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it("shows a trainee's markup and links as plain text and runs none of it; files dropped on the page import too", async () => {
    const { page, errors, context } = await openPage(browser());
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)> [see this](javascript:alert(2)) <a href="javascript:alert(3)">click</a>';
    const trainee = { ...profile('p-x', 'Eve <script>alert(4)</script>', 'Red'), team: 'Red' };
    const attempt = copy(walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'x-1', profileId: trainee.id }));
    attempt.transcript[0]!.text = hostile;
    attempt.transcript[0]!.evidence = [];
    const text = JSON.stringify(bundleOf(trainee, [attempt]));

    await page.goto(`${baseUrl()}#/review`);
    await page.getByText(/No results yet/).waitFor();
    // Dropped from the desktop rather than picked.
    const files = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'eve.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: files });
    await page.getByText(/eve\.json: Eve <script>alert\(4\)<\/script>, 1 new call imported/).waitFor();
    await page.getByRole('button', { name: /^Open latest call of Eve/ }).click();
    const drill = page.getByRole('region', { name: /Eve <script>/ });
    await drill.getByText(hostile).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The trainee's "My results" export (issue 5, trainee side). */
async function exportTraineeResults(page: Page): Promise<{ name: string; text: string }> {
  await page.goto(`${baseUrl()}#/calls`);
  const panel = page.getByRole('region', { name: 'My results' });
  await panel.getByText(/María López: 2 calls recorded/).waitFor();
  const [dl] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download results file' }).click()]);
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
}
