import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, openPage, useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe('the built app in Chromium', () => {
  it('loads the home screen with no console errors and no accessibility violations', async () => {
    const { page, errors, context } = await openPage(browser());
    await page.goto(baseUrl());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/calls nobody wants/i);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks an excuse and a technique in a typed phrase, and the result screen passes axe', async () => {
    const { page, errors, context } = await openPage(browser());
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Phrase check' }).first().click();
    await page.getByLabel('What you would say').fill("Mrs. Jones, I'm so sorry. We were swamped with calls last night.");
    await page.getByLabel("Caller's name (optional)").fill('Mrs. Jones');
    await page.getByRole('button', { name: 'Check' }).click();
    const list = page.locator('.evidence-list');
    await list.waitFor();
    await expect(list.getByText('Excuse', { exact: true }).count()).resolves.toBe(1);
    await expect(list.getByText("Uses the caller's name", { exact: true }).count()).resolves.toBe(1);
    expect(await page.locator('mark.ev-fault').first().textContent()).toMatch(/swamped/i);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
