import { toCsv } from '../records/csv.ts';
import type { OverviewRow } from './aggregates.ts';
import { getOwn } from './own.ts';
import type { AuditNote, ReviewData } from './types.ts';

export const TEAM_CSV_COLUMNS = [
  'trainee',
  'employeeId',
  'team',
  'scenario',
  'attempts',
  'best',
  'latest',
  'latestAt',
  'passed',
  'flagged',
  'opportunity',
  'strength',
] as const;
export type TeamCsvColumn = (typeof TEAM_CSV_COLUMNS)[number];

export const DEFAULT_TEAM_HEADERS: Record<TeamCsvColumn, string> = {
  trainee: 'trainee',
  employeeId: 'employee id',
  team: 'team',
  scenario: 'scenario',
  attempts: 'attempts',
  best: 'best score',
  latest: 'latest score',
  latestAt: 'latest attempt',
  passed: 'passed',
  flagged: 'flagged attempts',
  opportunity: 'area of opportunity',
  strength: 'strength',
};

/** The newest audit note on any of a row's attempts. */
function latestNote(row: OverviewRow, notes: Record<string, AuditNote>): AuditNote | undefined {
  let best: AuditNote | undefined;
  for (const id of row.attemptIds) {
    const n = getOwn(notes, id);
    if (n && (!best || n.updatedAt > best.updatedAt)) best = n;
  }
  return best;
}

export interface TeamCsvOptions {
  headers?: Partial<Record<TeamCsvColumn, string>>;
  /** How pass/fail is written (default `yes`/`no`; empty when nothing is scored). */
  passedText?: (passed: boolean) => string;
}

/**
 * The team table as CSV, in the order of `rows` (the table's sort and filter):
 * one line per trainee and scenario, with the newest audit note on its attempts.
 * Trainee-typed text is guarded against spreadsheet formulas.
 */
export function teamCsv(rows: readonly OverviewRow[], notes: Record<string, AuditNote>, options: TeamCsvOptions = {}): string {
  const headers = options.headers ?? {};
  const passedText = options.passedText ?? ((p: boolean) => (p ? 'yes' : 'no'));
  return toCsv(
    TEAM_CSV_COLUMNS.map((c) => headers[c] ?? DEFAULT_TEAM_HEADERS[c]),
    rows.map((row) => {
      const note = latestNote(row, notes);
      return [
        row.name,
        row.employeeId ?? '',
        row.team ?? '',
        row.scenarioId,
        row.attempts,
        row.best ?? '',
        row.latest ?? '',
        row.latestAt > 0 ? new Date(row.latestAt).toISOString() : '',
        row.passed === null ? '' : passedText(row.passed),
        row.flaggedAttempts,
        note?.opportunity ?? '',
        note?.strength ?? '',
      ];
    }),
  );
}

/** Every audit note as CSV, one line per audited attempt (trainee, scenario, when, re-scored score, both notes). */
export function auditNotesCsv(data: ReviewData): string {
  const rows = Object.values(data.notes)
    .flatMap((note) => {
      const a = getOwn(data.attempts, note.attemptId);
      if (!a) return [];
      const p = getOwn(data.trainees, a.profileId);
      return [{ a, note, name: p?.name ?? a.profileId, team: p?.team ?? '' }];
    })
    .sort((x, y) => x.name.localeCompare(y.name) || x.a.endedAt - y.a.endedAt)
    .map(({ a, note, name, team }) => [name, team, a.scenarioId, new Date(a.endedAt).toISOString(), getOwn(data.rescored, a.id)?.total ?? '', note.opportunity, note.strength]);
  return toCsv(['trainee', 'team', 'scenario', 'attempt ended', 'score', 'area of opportunity', 'strength'], rows);
}
