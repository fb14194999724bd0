import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText, squash, unquoteMarkdown } from '../support/read-exports.ts';
import { axeViolations, baseUrl, openPage, useBrowser } from './support/browser.ts';

const browser = useBrowser();

const typed: [string, string][] = [
  ['What can you do to make sure your information is current?', 'Revisamos la información cada mañana — Ñandú 📞 “curly” ‘quotes’'],
  ['1)', 'I will call you back by 3 p.m. today.'],
  ['2)', 'I am sending a technician out right now 🚗'],
  ['3)', 'I have credited your account for the missed calls.'],
];
const longAnswer = Array.from({ length: 400 }, (_, i) => `Word${i} is part of a long answer.`).join(' ').slice(0, 10_000);

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

const savedStatus = (page: Page) => page.locator('.wb-save').filter({ hasText: /^✓ (Saved|All answers saved)$/ }).waitFor();

describe('workbook in Chromium', () => {
  it('answers tasks, survives a reload, exports four formats and imports the JSON into a fresh profile', async () => {
    const opened = await openPage(browser(), { acceptDownloads: true });
    const { errors, context } = opened;
    let page = opened.page;
    await page.goto(`${baseUrl()}#/workbook`);
    await page.getByRole('region', { name: 'New trainee' }).getByLabel('Name').fill('Zoë Ødegaard');
    await page.getByRole('region', { name: 'New trainee' }).getByRole('button', { name: 'Add and switch' }).click();

    for (const [label, text] of typed) await page.getByRole('textbox', { name: label, exact: true }).fill(text);
    await page.getByRole('textbox', { name: 'Who is responsible for customer service in your organization?' }).fill(longAnswer);
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await expect(page.getByText('It’s YOU!', { exact: false }).textContent()).resolves.toMatch(/It’s YOU!/);
    await savedStatus(page);
    await expect(page.getByText('5 of 49 answered').first().textContent()).resolves.toBeTruthy();

    // A crash mid-typing: the renderer dies inside the autosave delay, with no pagehide or unload.
    await page.getByRole('textbox', { name: 'A long ring complaint?' }).fill('typed just before the crash');
    const cdp = await context.newCDPSession(page);
    // Page.crash never answers (the renderer is gone), so wait for the crash event instead.
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash');
    await page.close();
    page = await context.newPage();
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(`${baseUrl()}#/workbook`);
    const crashBox = page.getByRole('textbox', { name: 'A long ring complaint?' });
    await expect(crashBox.inputValue()).resolves.toBe('typed just before the crash');
    const closing = page.getByRole('textbox', { name: 'Who is responsible for customer service in your organization?' });
    for (const [label, text] of typed) await expect(page.getByRole('textbox', { name: label, exact: true }).inputValue()).resolves.toBe(text);
    await expect(closing.inputValue()).resolves.toBe(longAnswer);
    await page.reload();
    await expect(closing.inputValue()).resolves.toBe(longAnswer);

    const everyAnswer = [...typed.map(([, t]) => t), longAnswer, 'typed just before the crash'];
    const pdf = await download(page, 'Download PDF');
    expect(pdf.name).toMatch(/^workbook-zoe-odegaard-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfRead = await pdfText(pdf.bytes);
    for (const a of [...everyAnswer, 'Zoë Ødegaard']) expect(squash(pdfRead.text)).toContain(squash(a));

    const docx = await download(page, 'Download Word (DOCX)');
    const docxRead = await docxText(docx.bytes);
    for (const a of everyAnswer) expect(docxRead).toContain(a);

    const md = await download(page, 'Download Markdown');
    const mdRead = unquoteMarkdown(new TextDecoder().decode(md.bytes));
    for (const a of everyAnswer) expect(mdRead).toContain(a);

    const json = await download(page, 'Download JSON (for import)');
    const file = JSON.parse(new TextDecoder().decode(json.bytes)) as { trainee: { name: string }; answers: { text: string }[] };
    expect(file.trainee.name).toBe('Zoë Ødegaard');
    expect(file.answers.map((a) => a.text).sort()).toEqual([...everyAnswer].sort());

    // A fresh profile on the same computer starts empty, then imports the file.
    await page.getByRole('button', { name: /Trainee: Zoë Ødegaard/ }).click();
    const panel = page.getByRole('group', { name: 'Who is training?' });
    await panel.getByLabel('Name').fill('Fresh Trainee');
    await panel.getByRole('button', { name: 'Add and switch' }).click();
    // Adding the profile is an IndexedDB write; the switch shows in the header once it has landed.
    await page.getByRole('button', { name: /Trainee: Fresh Trainee/ }).waitFor();
    await expect(page.getByRole('textbox', { name: '1)', exact: true }).inputValue()).resolves.toBe('');
    await page.getByLabel('Answers file (JSON)').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.bytes) });
    await page.getByText('Imported 6 answers.').waitFor();
    for (const [label, text] of typed) await expect(page.getByRole('textbox', { name: label, exact: true }).inputValue()).resolves.toBe(text);
    await savedStatus(page);
    await page.reload();
    await expect(page.getByRole('textbox', { name: '3)', exact: true }).inputValue()).resolves.toBe(typed[3]![1]);

    // A foreign file gets a clear refusal and changes nothing.
    await page.getByLabel('Answers file (JSON)').setInputFiles({ name: 'map.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection"}') });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/map\.json was not imported:.*not a Hold the Line workbook answers file/);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows what differs when an import would replace answers, and keeps the newer one unless told otherwise', async () => {
    const { page, errors, context } = await openPage(browser());
    await page.goto(`${baseUrl()}#/workbook`);
    await page.getByRole('region', { name: 'New trainee' }).getByLabel('Name').fill('Ana');
    await page.getByRole('region', { name: 'New trainee' }).getByRole('button', { name: 'Add and switch' }).click();
    const box = page.getByRole('textbox', { name: '1)', exact: true });
    await box.fill('My newer statement');
    await savedStatus(page);
    const older = {
      format: 'hold-the-line/workbook-answers',
      schemaVersion: 1,
      exportedAt: '2020-01-01T00:00:00.000Z',
      lang: 'en',
      trainee: { name: 'Ana' },
      answers: [
        { promptId: 't08.1', text: 'An old statement', updatedAt: '2020-01-01T00:00:00.000Z' },
        { promptId: 't08.2', text: 'A new second one', updatedAt: '2020-01-01T00:00:00.000Z' },
      ],
    };
    await page.getByLabel('Answers file (JSON)').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
    const conflict = page.getByRole('group', { name: '1)' });
    await expect(conflict.getByRole('radio', { name: /Keep mine.*newer/ }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Import answers' }).click();
    await page.getByText('Imported 1 answer.').waitFor();
    await expect(box.inputValue()).resolves.toBe('My newer statement');
    await expect(page.getByRole('textbox', { name: '2)', exact: true }).inputValue()).resolves.toBe('A new second one');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('the workbook page and a desk card pass axe, and the desk card prints one card per page', async () => {
    const { page, errors, context } = await openPage(browser());
    await page.goto(`${baseUrl()}#/workbook`);
    await page.getByRole('heading', { level: 1, name: 'Workbook' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('region', { name: 'New trainee' }).getByLabel('Name').fill('Axe Tester');
    await page.getByRole('region', { name: 'New trainee' }).getByRole('button', { name: 'Add and switch' }).click();
    await page.getByRole('textbox', { name: '1)', exact: true }).fill('Answer');
    await page.getByRole('button', { name: /Trainee: Axe Tester/ }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto(`${baseUrl()}#/workbook/no-excuses`);
    await page.getByRole('link', { name: /desk card: Excuses never to make/ }).click();
    await page.getByRole('heading', { name: 'Excuses never to make' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}#/desk-cards/six-reminders`);
    await page.getByRole('heading', { name: 'Six reminders for handling complaints' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);

    await page.goto(`${baseUrl()}#/desk-cards`);
    await page.getByRole('heading', { name: 'A.E.R. - early and often' }).waitFor();
    const pdf = await page.pdf({ format: 'Letter' });
    expect((await pdfText(new Uint8Array(pdf))).pages).toBe(4);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
