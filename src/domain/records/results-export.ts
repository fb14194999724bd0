import type { Profile } from '../profiles/profile.ts';
import { answersFileSchema, type AnswersFile } from '../workbook/export-json.ts';
import type { Attempt } from './attempt.ts';
import { buildResultsBundle } from './results-bundle.ts';

/** "results-maria-lopez-2026-11-23.json": safe on every system, and says what and whose it is. */
export function resultsFileName(kind: 'results' | 'attempts', traineeName: string, date: Date, extension: string): string {
  const slug =
    traineeName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'trainee';
  return `${kind}-${slug}-${date.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * The trainee's results bundle as file text. Workbook answers go in only when
 * they parse as the workbook's own export (so a half-written record never
 * makes the whole file unreadable for the supervisor).
 */
export function resultsBundleJson(input: { trainee: Profile; attempts: readonly Attempt[]; workbookJson?: string | null; appVersion: string; now?: Date }): string {
  let workbook: AnswersFile | undefined;
  if (input.workbookJson) {
    const parsed = answersFileSchema.safeParse(JSON.parse(input.workbookJson));
    if (parsed.success && parsed.data.answers.length > 0) workbook = parsed.data;
  }
  const bundle = buildResultsBundle({ trainee: input.trainee, attempts: input.attempts, appVersion: input.appVersion, ...(workbook ? { workbook } : {}), ...(input.now ? { now: input.now } : {}) });
  return `${JSON.stringify(bundle, null, 1)}\n`;
}
