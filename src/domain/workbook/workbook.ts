import type { LabelId } from '../scoring/labels.ts';
import { deskCardsEn, workbookEn } from './content/en.ts';
import { deskCardsEs, workbookEs } from './content/es.ts';
import type { DeskCard, DeskCardId, Part, Prompt, Section, Task, Workbook } from './types.ts';

const workbooks: Record<string, Workbook> = { en: workbookEn, es: workbookEs };
const deskCards: Record<string, DeskCard[]> = { en: deskCardsEn, es: deskCardsEs };

/** The workbook in a language, falling back to English while a translation is missing. */
export function getWorkbook(lang = 'en'): Workbook {
  return workbooks[lang] ?? workbookEn;
}

/** The printable desk cards in a language, falling back to English. */
export function getDeskCards(lang = 'en'): DeskCard[] {
  return deskCards[lang] ?? deskCardsEn;
}

/** One desk card by id, or undefined. */
export function getDeskCard(id: string, lang = 'en'): DeskCard | undefined {
  return getDeskCards(lang).find((c) => c.id === id);
}

/** Every section, in workbook order. */
export function allSections(workbook: Workbook = workbookEn): Section[] {
  return workbook.parts.flatMap((p) => p.sections);
}

/** The tasks of a section, in order. */
export function tasksOf(section: Section): Task[] {
  return section.content.flatMap((b) => (b.type === 'task' ? [b.task] : []));
}

/** Every task, in workbook order. */
export function allTasks(workbook: Workbook = workbookEn): Task[] {
  return allSections(workbook).flatMap(tasksOf);
}

/** Every prompt with its task, section and part, in workbook order. */
export function allPrompts(workbook: Workbook = workbookEn): { part: Part; section: Section; task: Task; prompt: Prompt }[] {
  return workbook.parts.flatMap((part) =>
    part.sections.flatMap((section) => tasksOf(section).flatMap((task) => task.prompts.map((prompt) => ({ part, section, task, prompt })))),
  );
}

/** The question a prompt asks: its own text, or the task heading when the heading is the question. */
export function promptText(task: Task, prompt: Prompt): string {
  return prompt.text ?? task.heading;
}

/** A section by its anchor id, or undefined. */
export function sectionById(id: string, workbook: Workbook = workbookEn): Section | undefined {
  return allSections(workbook).find((s) => s.id === id);
}

/** Every section that teaches a rulebook label, in workbook order. */
export function sectionsForLabel(label: LabelId, workbook: Workbook = workbookEn): Section[] {
  return allSections(workbook).filter((s) => s.labels.includes(label));
}

/** The first section that teaches a rulebook label: where a debrief rule links to. */
export function sectionForLabel(label: LabelId, workbook: Workbook = workbookEn): Section | undefined {
  return sectionsForLabel(label, workbook)[0];
}

/** The sections a scenario trains, in workbook order. */
export function sectionsForScenario(scenarioId: string, workbook: Workbook = workbookEn): Section[] {
  return allSections(workbook).filter((s) => s.scenarioIds.includes(scenarioId));
}

/** The URL hash of a workbook section, e.g. "#/workbook/no-excuses". */
export function sectionHref(sectionId: string): string {
  return `#/workbook/${sectionId}`;
}

/** The URL hash of a desk card. */
export function deskCardHref(cardId: DeskCardId): string {
  return `#/desk-cards/${cardId}`;
}
