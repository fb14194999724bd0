import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * The interface's own strings, read from src/i18n/locales/<lang>/*.json, so a
 * browser test finds "Su respuesta" by its key and keeps passing when a
 * translator rewords it. `{{name}}` placeholders are filled from `values`;
 * i18next plurals are picked with `count` (`_one` / `_other`).
 */
export function uiString(lang: string, key: string, values: Record<string, string | number> = {}): string {
  const table: Record<string, unknown> = {};
  const dir = `src/i18n/locales/${lang}`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) Object.assign(table, JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as object);
  const lookup = (path: string): unknown => path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), table);
  let found = lookup(key);
  if (found === undefined && typeof values.count === 'number') found = lookup(`${key}_${values.count === 1 ? 'one' : 'other'}`);
  if (typeof found !== 'string') throw new Error(`no string "${key}" in ${dir}/*.json`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`string "${key}" (${lang}) needs a value for {{${name}}}`);
    return String(values[name]);
  });
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element matches
 * `selector` and, when given, has exactly `name` as its text or aria-label,
 * the way a keyboard user reaches a control; fails after `limit` presses.
 */
export async function tabTo(page: Page, selector: string, name?: string, { limit = 80, backwards = false } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate(
      ([sel, wanted]) => {
        const el = document.activeElement;
        if (!el || el === document.body || !el.matches(sel)) return false;
        return wanted === null || el.textContent?.trim() === wanted || el.getAttribute('aria-label') === wanted;
      },
      [selector, name ?? null] as const,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector}${name ? ` "${name}"` : ''} in ${limit} presses; focus is on ${await focusedDescription(page)}`);
}

/** The focused element's tag, class and text, for a readable failure. */
export function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 60)}"` : 'nothing';
  });
}
