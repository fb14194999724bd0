import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, openPage, useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe('the interface in Spanish, in Chromium', () => {
  it('opens in Spanish for a Spanish browser, switches live, and keeps the choice after a reload', async () => {
    const { page, errors, context } = await openPage(browser(), { locale: 'es-MX' });
    await page.goto(baseUrl());
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1.textContent()).resolves.toBe('Practique las llamadas que nadie quiere atender');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practise the calls nobody wants to take' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');

    await page.reload();
    await expect(h1.textContent()).resolves.toBe('Practise the calls nobody wants to take');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.reload();
    await expect(h1.textContent()).resolves.toBe('Practique las llamadas que nadie quiere atender');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the workbook and desk cards in Spanish with no accessibility violations', async () => {
    const { page, errors, context } = await openPage(browser(), { locale: 'es-419' });
    await page.goto(`${baseUrl()}#/workbook`);
    const form = page.getByRole('region', { name: 'Nuevo agente' });
    await form.getByLabel('Nombre').fill('María López');
    await form.getByRole('button', { name: 'Agregar y cambiar' }).click();
    await page.getByLabel('¿Qué puede hacer para asegurarse de que su información esté al día?').fill('Reviso las cuentas cada mañana.');
    await page.locator('.wb-save', { hasText: 'Guardado' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}#/desk-cards`);
    await page.getByRole('heading', { name: 'A.E.R.: desde el principio y seguido' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
