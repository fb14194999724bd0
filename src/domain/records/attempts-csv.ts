import type { Attempt } from './attempt.ts';
import { toCsv } from './csv.ts';

export const ATTEMPTS_CSV_COLUMNS = ['scenario', 'version', 'mode', 'inputMix', 'language', 'started', 'durationSeconds', 'score', 'outcome'] as const;
export type AttemptsCsvColumn = (typeof ATTEMPTS_CSV_COLUMNS)[number];

/** The column titles when the caller passes none (stable, for scripts that read the file). */
export const DEFAULT_ATTEMPTS_HEADERS: Record<AttemptsCsvColumn, string> = {
  scenario: 'scenario',
  version: 'version',
  mode: 'mode',
  inputMix: 'input mix',
  language: 'language',
  started: 'started',
  durationSeconds: 'duration (s)',
  score: 'score',
  outcome: 'outcome',
};

/**
 * One row per attempt, oldest first: scenario, its version, mode, how the
 * trainee answered (turn counts, worded by `formatMix`; not `4/2/0`, which spreadsheets read as a date), language, start time (ISO, UTC),
 * duration in seconds, score and outcome (`kind/result`).
 */
export function attemptsCsv(
  attempts: readonly Attempt[],
  headers: Partial<Record<AttemptsCsvColumn, string>> = {},
  formatMix: (mix: Attempt['inputMix']) => string = (m) => `${m.choices} choices, ${m.typed} typed, ${m.silent} silent`,
): string {
  const titles = ATTEMPTS_CSV_COLUMNS.map((c) => headers[c] ?? DEFAULT_ATTEMPTS_HEADERS[c]);
  const rows = attempts
    .toSorted((a, b) => a.startedAt - b.startedAt)
    .map((a) => [
      a.scenarioId,
      a.scenarioVersion,
      a.mode,
      formatMix(a.inputMix),
      a.lang,
      new Date(a.startedAt).toISOString(),
      Math.max(0, Math.round((a.endedAt - a.startedAt) / 1000)),
      a.score.total,
      a.outcome ? `${a.outcome.kind}/${a.outcome.result}` : 'unfinished',
    ]);
  return toCsv(titles, rows);
}
