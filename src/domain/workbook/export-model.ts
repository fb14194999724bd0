import type { Answers } from './answers.ts';
import { isAnswered, progress } from './answers.ts';
import type { Workbook } from './types.ts';
import { promptText, tasksOf } from './workbook.ts';

/** Who the export is for, printed on every format. */
export interface ExportMeta {
  traineeName: string;
  employeeId?: string;
  team?: string;
  /** When the export was made. */
  date: Date;
}

/** The export's own words, passed in from the interface's string tables so the domain holds no UI text. */
export interface ExportLabels {
  title: string;
  trainee: string;
  employeeId: string;
  team: string;
  date: string;
  progress: string;
  noAnswer: string;
  taskPrefix: string;
  page: string;
}

export interface ExportPrompt {
  promptId: string;
  /** Null when the task heading is itself the question. */
  question: string | null;
  answer: string | null;
}
export interface ExportTask {
  id: string;
  heading: string;
  note?: string;
  prompts: ExportPrompt[];
}
export interface ExportSection {
  id: string;
  title: string;
  tasks: ExportTask[];
}
export interface ExportPart {
  id: string;
  title: string;
  sections: ExportSection[];
}
export interface ExportDocument {
  /** The workbook's language: the document declares it (screen readers, hyphenation, spell-check). */
  lang: string;
  meta: ExportMeta;
  dateText: string;
  progressText: string;
  parts: ExportPart[];
}

/** The date as YYYY-MM-DD in local time: unambiguous in every language. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The ordered content every export format prints: each task with each prompt and its answer (null if unanswered). */
export function buildExportDocument(workbook: Workbook, answers: Answers, meta: ExportMeta): ExportDocument {
  const { overall } = progress(workbook, answers);
  return {
    lang: workbook.lang,
    meta,
    dateText: isoDay(meta.date),
    progressText: `${overall.answered}/${overall.total}`,
    parts: workbook.parts.map((part) => ({
      id: part.id,
      title: part.title,
      sections: part.sections
        .map((section) => ({
          id: section.id,
          title: section.title,
          tasks: tasksOf(section).map((task) => ({
            id: task.id,
            heading: task.heading,
            ...(task.note ? { note: task.note } : {}),
            prompts: task.prompts.map((prompt) => {
              const a = answers[prompt.id];
              return {
                promptId: prompt.id,
                question: prompt.text === undefined ? null : promptText(task, prompt),
                answer: isAnswered(a) ? a!.text : null,
              };
            }),
          })),
        }))
        .filter((s) => s.tasks.length > 0),
    })),
  };
}

/** A file name safe on every system: "workbook-maria-lopez-2026-11-23.pdf". */
export function exportFileName(traineeName: string, date: Date, extension: string): string {
  // Letters that do not decompose into a base letter plus an accent.
  const special: Record<string, string> = { ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', þ: 'th', Þ: 'th' };
  const slug =
    traineeName
      .replace(/[øØæÆœŒßłŁđĐþÞ]/g, (c) => special[c] ?? c)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'trainee';
  return `workbook-${slug}-${isoDay(date)}.${extension}`;
}
