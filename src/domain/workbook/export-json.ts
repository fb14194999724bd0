import { z } from 'zod';
import type { Answers } from './answers.ts';
import type { ExportMeta } from './export-model.ts';

/** The file's self-description: import refuses anything else. */
export const ANSWERS_FILE_FORMAT = 'hold-the-line/workbook-answers';
export const ANSWERS_SCHEMA_VERSION = 1;

export const answersFileSchema = z.object({
  format: z.literal(ANSWERS_FILE_FORMAT),
  schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  lang: z.string().min(2),
  trainee: z.object({
    name: z.string().min(1),
    employeeId: z.string().optional(),
    team: z.string().optional(),
  }),
  answers: z.array(
    z.object({
      promptId: z.string().min(1),
      /** The question, for a human reading the file; ignored on import. */
      prompt: z.string().optional(),
      text: z.string(),
      updatedAt: z.iso.datetime(),
    }),
  ),
});
export type AnswersFile = z.infer<typeof answersFileSchema>;

/** The answers as the versioned JSON file that import reads back (answered prompts only, in workbook order). */
export function toAnswersJson(answers: Answers, meta: ExportMeta, lang: string, promptOrder: { id: string; text: string }[]): string {
  const file: AnswersFile = {
    format: ANSWERS_FILE_FORMAT,
    schemaVersion: ANSWERS_SCHEMA_VERSION,
    exportedAt: meta.date.toISOString(),
    lang,
    trainee: {
      name: meta.traineeName,
      ...(meta.employeeId ? { employeeId: meta.employeeId } : {}),
      ...(meta.team ? { team: meta.team } : {}),
    },
    answers: promptOrder.flatMap(({ id, text }) => {
      const a = answers[id];
      return a && a.text.trim() ? [{ promptId: id, prompt: text, text: a.text, updatedAt: new Date(a.updatedAt).toISOString() }] : [];
    }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
