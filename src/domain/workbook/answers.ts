import type { Task, Workbook } from './types.ts';
import { allPrompts } from './workbook.ts';

/** One saved answer; `updatedAt` (ms since epoch) decides which copy is newer on import. */
export interface Answer {
  promptId: string;
  text: string;
  updatedAt: number;
}

/** A trainee's answers, by prompt id. */
export type Answers = Record<string, Answer>;

/** True when an answer holds more than whitespace. */
export function isAnswered(answer: Answer | undefined): boolean {
  return answer !== undefined && answer.text.trim().length > 0;
}

export interface Progress {
  answered: number;
  total: number;
}

/** Answered/total prompts, overall and per part. */
export function progress(workbook: Workbook, answers: Answers): { overall: Progress; parts: Record<string, Progress> } {
  const parts: Record<string, Progress> = {};
  const overall: Progress = { answered: 0, total: 0 };
  for (const { part, prompt } of allPrompts(workbook)) {
    const p = (parts[part.id] ??= { answered: 0, total: 0 });
    p.total += 1;
    overall.total += 1;
    if (isAnswered(answers[prompt.id])) {
      p.answered += 1;
      overall.answered += 1;
    }
  }
  return { overall, parts };
}

/**
 * True when a task's hidden answer may be shown: the workbook asks the
 * question first and turns the page only after the trainee has answered.
 */
export function canReveal(task: Task, answers: Answers): boolean {
  return task.reveal !== undefined && task.prompts.every((p) => isAnswered(answers[p.id]));
}
