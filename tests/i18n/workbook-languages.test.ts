import { describe, expect, it } from 'vitest';
import { allPrompts, getDeskCards, getWorkbook } from '../../src/domain/workbook/workbook.ts';
import type { DeskCard, GuidanceBlock, Workbook } from '../../src/domain/workbook/types.ts';
import { SUPPORTED_LANGUAGES } from '../../src/i18n/i18n.ts';

/** Everything about a workbook except its words: ids, links, and the shape of every block. */
function skeleton(workbook: Workbook) {
  const block = (b: GuidanceBlock) => {
    switch (b.type) {
      case 'task':
        return { task: b.task.id, note: b.task.note !== undefined, reveal: b.task.reveal !== undefined, prompts: b.task.prompts.map((p) => [p.id, p.text !== undefined]) };
      case 'bullets':
        return { bullets: b.items.length };
      case 'numbered':
        return { numbered: b.items.map((i) => (typeof i === 'string' ? 0 : i.sub.length)) };
      default:
        return b.type;
    }
  };
  return workbook.parts.map((p) => ({
    id: p.id,
    sections: p.sections.map((s) => ({ id: s.id, scenarioIds: s.scenarioIds, labels: s.labels, deskCardId: s.deskCardId, content: s.content.map(block) })),
  }));
}

const cardSkeleton = (cards: DeskCard[]) => cards.map((c) => ({ id: c.id, sectionId: c.sectionId, intro: c.intro !== undefined, items: c.items.map((i) => [i.title !== undefined, i.sub?.length ?? 0]) }));

const english = getWorkbook('en');
const others = SUPPORTED_LANGUAGES.filter((l) => l !== 'en');

describe.each(others)('the workbook in %s', (lang) => {
  const workbook = getWorkbook(lang);

  it('is its own translation, not the English fallback', () => {
    expect(workbook.lang).toBe(lang);
    expect(workbook.title).not.toBe(english.title);
    expect(getDeskCards(lang)[0]!.title).not.toBe(getDeskCards('en')[0]!.title);
  });

  it('has the English workbook’s parts, sections, blocks, tasks and prompt ids, so answers carry over', () => {
    expect(skeleton(workbook)).toEqual(skeleton(english));
    expect(allPrompts(workbook).map((p) => p.prompt.id)).toEqual(allPrompts(english).map((p) => p.prompt.id));
  });

  it('translates every prompt and task heading (the numbering of the three action statements aside)', () => {
    const en = allPrompts(english);
    allPrompts(workbook).forEach(({ task, prompt }, i) => {
      expect(task.heading, task.id).not.toBe(en[i]!.task.heading);
      if (prompt.text && !/^\d\)$/.test(prompt.text)) expect(prompt.text, prompt.id).not.toBe(en[i]!.prompt.text);
    });
  });

  it('has the same desk cards, pointing at the same sections', () => {
    expect(cardSkeleton(getDeskCards(lang))).toEqual(cardSkeleton(getDeskCards('en')));
  });
});
