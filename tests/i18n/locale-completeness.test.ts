import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/i18n/i18n.ts';

// Read from disk rather than through i18n.ts, so a file another feature adds is checked the moment it exists.
const localesDir = fileURLToPath(new URL('../../src/i18n/locales/', import.meta.url));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, out: Flat, file: string): Flat {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, file);
  } else throw new Error(`${file}: "${prefix}" is ${JSON.stringify(value)}; every entry must be a string or an object of strings`);
  return out;
}

/** A locale file's parsed JSON; a missing file reads as empty (the file-list test names it). */
function readRaw(lang: string, file: string): Record<string, unknown> {
  const path = `${localesDir}${lang}/${file}`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
}

function readLocale(lang: string, file: string): Flat {
  return flatten(readRaw(lang, file), '', new Map(), `${lang}/${file}`);
}

const variablesOf = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!));

const languages = readdirSync(localesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const files = [...new Set(languages.flatMap((lang) => readdirSync(`${localesDir}${lang}`).filter((f) => f.endsWith('.json'))))].sort();

describe('every language has every string', () => {
  it('has a folder for exactly the languages the app offers', () => {
    expect(languages).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it('has the same feature files in every language', () => {
    for (const lang of languages) expect(readdirSync(`${localesDir}${lang}`).filter((f) => f.endsWith('.json')).sort(), `locales/${lang}/`).toEqual(files);
  });

  it('never defines one top-level key in two files (the tables are merged, so one would silently win)', () => {
    for (const lang of languages) {
      const owner = new Map<string, string>();
      for (const file of files) {
        for (const key of Object.keys(readRaw(lang, file))) {
          expect(owner.get(key), `locales/${lang}: "${key}" is in ${owner.get(key)} and ${file}`).toBeUndefined();
          owner.set(key, file);
        }
      }
    }
  });

  describe.each(files)('%s', (file) => {
    const tables = Object.fromEntries(languages.map((lang) => [lang, readLocale(lang, file)]));

    it('has no empty string', () => {
      for (const lang of languages) for (const [key, text] of tables[lang]!) expect(text.trim(), `${lang}/${file}: ${key}`).not.toBe('');
    });

    it('has the same keys in every language', () => {
      const [first, ...rest] = languages;
      for (const lang of rest) {
        const a = tables[first!]!;
        const b = tables[lang]!;
        const missingIn = (from: Flat, to: Flat) => [...from.keys()].filter((k) => !to.has(k));
        expect(missingIn(a, b), `keys of ${first}/${file} missing from ${lang}/${file}`).toEqual([]);
        expect(missingIn(b, a), `keys of ${lang}/${file} missing from ${first}/${file}`).toEqual([]);
      }
    });

    it('uses the same {{variables}} in every language', () => {
      const [first, ...rest] = languages;
      for (const [key, text] of tables[first!]!) {
        const expected = variablesOf(text);
        for (const lang of rest) {
          const other = tables[lang]!.get(key);
          if (other === undefined) continue; // reported by the key test
          const got = variablesOf(other);
          // A singular form may spell the number out ("one answer") instead of printing {{count}}.
          if (PLURAL_SUFFIX.test(key)) {
            expected.delete('count');
            got.delete('count');
          }
          expect([...got].sort(), `${lang}/${file}: ${key}`).toEqual([...expected].sort());
        }
      }
    });
  });
});
