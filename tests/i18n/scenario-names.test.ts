import scenarios, { translations } from 'virtual:scenarios';
import { describe, expect, it } from 'vitest';
import { allSections, getWorkbook } from '../../src/domain/workbook/workbook.ts';
import { SUPPORTED_LANGUAGES } from '../../src/i18n/i18n.ts';
import enWorkbook from '../../src/i18n/locales/en/workbook.json';
import esWorkbook from '../../src/i18n/locales/es/workbook.json';

// The workbook's "Practise this in a call" links name each call; they must say what the call picker says.
const names: Record<(typeof SUPPORTED_LANGUAGES)[number], Record<string, string>> = {
  en: enWorkbook.workbook.scenarioNames,
  es: esWorkbook.workbook.scenarioNames,
};

describe('the workbook names each call as the call itself does', () => {
  it('has a name for every scenario a workbook section links to, in every language', () => {
    const linked = new Set(allSections(getWorkbook('en')).flatMap((s) => s.scenarioIds));
    for (const lang of SUPPORTED_LANGUAGES) expect(Object.keys(names[lang]).sort(), lang).toEqual([...linked].sort());
  });

  it.each(SUPPORTED_LANGUAGES)('uses the scenario titles in %s, wherever the scenario has that language', (lang) => {
    for (const scenario of scenarios) {
      const title = lang === 'en' ? scenario.title : translations[scenario.id]?.[lang]?.title;
      if (title !== undefined) expect(names[lang][scenario.id], `${lang}: ${scenario.id}`).toBe(title);
    }
  });
});
