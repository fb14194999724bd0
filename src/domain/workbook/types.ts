import type { LabelId } from '../scoring/labels.ts';

/**
 * The workbook's shape, shared by every language: ids are stable (answers,
 * URLs and exports key on them) and only the text changes per language.
 */
export type GuidanceBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'note'; text: string }
  | { type: 'bullets'; items: string[] }
  | { type: 'numbered'; items: (string | { text: string; sub: string[] })[] }
  | { type: 'task'; task: Task };

/** One answer box. With no text of its own, the task's heading is the question. */
export interface Prompt {
  id: string;
  text?: string;
}

export interface Task {
  id: string;
  /** The workbook's own "Task:" line, quoted. */
  heading: string;
  /** Context printed under the heading (e.g. "Remember the call example..."). */
  note?: string;
  prompts: Prompt[];
  /** Shown only once every prompt of the task has an answer. */
  reveal?: { question: string; answer: string };
}

export interface Section {
  /** Anchor id, usable as `#/workbook/<id>`. */
  id: string;
  title: string;
  content: GuidanceBlock[];
  /** Scenario ids that train this section. */
  scenarioIds: string[];
  /** Rulebook labels this section teaches; the debrief links a label to its section. */
  labels: LabelId[];
  /** A printable desk card the workbook asks trainees to post. */
  deskCardId?: DeskCardId;
}

export interface Part {
  id: string;
  title: string;
  sections: Section[];
}

export interface Workbook {
  lang: string;
  title: string;
  /** Caution printed at the top of Part I and Part IV. */
  preface: string;
  parts: Part[];
}

export type DeskCardId = 'six-reminders' | 'high-bill-checklist' | 'aer' | 'no-excuses';

export interface DeskCard {
  id: DeskCardId;
  title: string;
  intro?: string;
  items: { title?: string; text: string; sub?: string[] }[];
  /** The section that explains the card. */
  sectionId: string;
}
