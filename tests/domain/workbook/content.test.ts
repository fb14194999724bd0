import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../src/domain/scoring/labels.ts';
import { canReveal, progress } from '../../../src/domain/workbook/answers.ts';
import { allPrompts, allSections, allTasks, getDeskCards, getWorkbook, sectionById, sectionForLabel, sectionsForLabel, sectionsForScenario } from '../../../src/domain/workbook/workbook.ts';
import { buildAnswers } from './builders.ts';

const workbook = getWorkbook('en');
const seed = readFileSync(fileURLToPath(new URL('../../../../shared/seeds/000_08c71c25ef108c96.txt', import.meta.url)), 'utf8');
const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

describe('workbook content', () => {
  it('has the 24 "Task:" headings of Parts I to IV, in the customer workbook’s order', () => {
    const seedTasks = seed
      .split('\n')
      .filter((l) => /^\s*Task:/.test(l))
      .map((l) => l.replace(/^\s*Task:\s*/, ''));
    expect(seedTasks).toHaveLength(24);
    const headings = allTasks(workbook).map((t) => t.heading);
    expect(headings).toHaveLength(24);
    headings.forEach((h, i) => expect(letters(h).slice(0, 40), `task ${i + 1}`).toBe(letters(seedTasks[i]!).slice(0, 40)));
  });

  it('asks for three action statements as three separate numbered answers', () => {
    const task = allTasks(workbook).find((t) => /three action statements/.test(t.heading))!;
    expect(task.prompts.map((p) => p.text)).toEqual(['1)', '2)', '3)']);
  });

  it('gives every prompt a unique stable id', () => {
    const ids = allPrompts(workbook).map(({ prompt }) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(49);
  });

  it('reveals "It’s YOU!" only after the closing question is answered', () => {
    const closing = allTasks(workbook).at(-1)!;
    expect(closing.heading).toBe('Who is responsible for customer service in your organization?');
    expect(canReveal(closing, {})).toBe(false);
    expect(canReveal(closing, buildAnswers({ 't24.1': '   ' }))).toBe(false);
    expect(canReveal(closing, buildAnswers({ 't24.1': 'The manager' }))).toBe(true);
    expect(closing.reveal?.answer).toMatch(/It’s YOU!/);
    expect(allTasks(workbook).filter((t) => t.reveal)).toHaveLength(1);
  });

  it('places each task beside its guidance', () => {
    expect(sectionById('six-reminders')!.content.some((b) => b.type === 'numbered' && b.items.length === 6)).toBe(true);
    expect(allTasks(workbook).find((t) => t.id === 't10')).toBe(
      sectionById('no-excuses')!.content.flatMap((b) => (b.type === 'task' ? [b.task] : []))[0],
    );
    expect(sectionById('high-bill')!.content.find((b) => b.type === 'numbered')).toMatchObject({ items: { length: 9 } });
  });

  it('links every rulebook label to the section that teaches it', () => {
    for (const label of LABELS) expect(sectionForLabel(label), label).toBeDefined();
    expect(sectionForLabel('excuse')!.id).toBe('no-excuses');
    expect(sectionsForLabel('protect-privacy').map((s) => s.id)).toEqual(['privacy-release']);
  });

  it('links each scenario to the sections it trains, and sections to known scenarios only', () => {
    const scenarios = ['irma', 'bob', 'hal', 'anniversary-doctor', 'high-bill'];
    for (const id of scenarios) expect(sectionsForScenario(id).length, id).toBeGreaterThan(0);
    for (const s of allSections(workbook)) for (const id of s.scenarioIds) expect(scenarios).toContain(id);
    expect(sectionsForScenario('anniversary-doctor').map((s) => s.id)).toContain('office-at-fault');
  });

  it('counts progress per part and overall', () => {
    const p = progress(workbook, buildAnswers({ 't01.1': 'a', 't08.2': 'b', 't24.1': '' }));
    expect(p.overall.answered).toBe(2);
    expect(p.parts['part-1']).toEqual({ answered: 1, total: 19 });
    expect(p.parts['part-2']!.answered).toBe(1);
    expect(p.parts['part-4']).toEqual({ answered: 0, total: 4 });
  });

  it('has the four desk cards, each pointing at a real section', () => {
    const cards = getDeskCards('en');
    expect(cards.map((c) => c.id)).toEqual(['six-reminders', 'high-bill-checklist', 'aer', 'no-excuses']);
    expect(cards[0]!.items).toHaveLength(6);
    for (const c of cards) expect(sectionById(c.sectionId), c.id).toBeDefined();
  });
});
