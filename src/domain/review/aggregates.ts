import type { Attempt } from '../records/attempt.ts';
import { FAULT_LABELS, LABELS, type LabelId } from '../scoring/labels.ts';
import { getOwn } from './own.ts';
import type { RescoredAttempt, ReviewData, ReviewFlag } from './types.ts';

/** One trainee on one scenario, from re-scored attempts only (the stored scores are never used). */
export interface OverviewRow {
  /** `${traineeId}\u0000${scenarioId}`, stable for table row ids. */
  key: string;
  traineeId: string;
  /** The profile's name, or the id when no bundle named this trainee (e.g. a classmate in a classroom call). */
  name: string;
  employeeId: string | null;
  team: string | null;
  scenarioId: string;
  attempts: number;
  /** The attempts counted in this row (for the drill-down and the notes in the CSV). */
  attemptIds: string[];
  /** Attempts not re-scored yet (import in progress) or whose scenario this app does not have. */
  unscored: number;
  best: number | null;
  bestAttemptId: string | null;
  latest: number | null;
  latestAttemptId: string | null;
  /** When the latest attempt ended (ms since epoch). */
  latestAt: number;
  /** The best re-scored score against the supervisor's pass mark; null with no scored attempt. */
  passed: boolean | null;
  /** Every flag on any of the attempts, and how many attempts carry one. */
  flags: ReviewFlag[];
  flaggedAttempts: number;
}

export interface ReviewFilter {
  /** Only trainees on this team ('' means trainees with no team). */
  team?: string | null;
  /** Only this trainee. */
  traineeId?: string;
}

/** Who an attempt counts for: the trainee who played it and, in a classroom call, everyone who answered a turn. */
export function attemptOwners(attempt: Attempt): string[] {
  const owners = [attempt.profileId];
  for (const t of attempt.transcript) if (t.answeredBy !== undefined && !owners.includes(t.answeredBy)) owners.push(t.answeredBy);
  return owners;
}

/** The teams present in the review, sorted, for the team filter. */
export function reviewTeams(data: ReviewData): string[] {
  const teams = new Set<string>();
  for (const p of Object.values(data.trainees)) if (p.team) teams.add(p.team);
  return [...teams].sort((a, b) => a.localeCompare(b));
}

function traineeInfo(data: ReviewData, id: string) {
  const p = getOwn(data.trainees, id);
  return { name: p?.name ?? id, employeeId: p?.employeeId ?? null, team: p?.team ?? null };
}

function matches(data: ReviewData, traineeId: string, filter: ReviewFilter): boolean {
  if (filter.traineeId !== undefined && traineeId !== filter.traineeId) return false;
  if (filter.team === undefined || filter.team === null) return true;
  return (getOwn(data.trainees, traineeId)?.team ?? '') === filter.team;
}

/** The team overview: one row per trainee and scenario with best and latest re-scored score and pass/fail. */
export function overviewRows(data: ReviewData, filter: ReviewFilter = {}): OverviewRow[] {
  const rows = new Map<string, OverviewRow>();
  for (const attempt of Object.values(data.attempts)) {
    const r = getOwn(data.rescored, attempt.id);
    for (const traineeId of attemptOwners(attempt)) {
      if (!matches(data, traineeId, filter)) continue;
      const key = `${traineeId}\u0000${attempt.scenarioId}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          key,
          traineeId,
          ...traineeInfo(data, traineeId),
          scenarioId: attempt.scenarioId,
          attempts: 0,
          attemptIds: [],
          unscored: 0,
          best: null,
          bestAttemptId: null,
          latest: null,
          latestAttemptId: null,
          latestAt: -Infinity,
          passed: null,
          flags: [],
          flaggedAttempts: 0,
        };
        rows.set(key, row);
      }
      row.attempts++;
      row.attemptIds.push(attempt.id);
      if (r && r.flags.length > 0) {
        row.flaggedAttempts++;
        for (const f of r.flags) if (!row.flags.includes(f)) row.flags.push(f);
      }
      if (!r || r.total === null) {
        row.unscored++;
        continue;
      }
      if (row.best === null || r.total > row.best) {
        row.best = r.total;
        row.bestAttemptId = attempt.id;
      }
      if (attempt.endedAt > row.latestAt) {
        row.latestAt = attempt.endedAt;
        row.latest = r.total;
        row.latestAttemptId = attempt.id;
      }
    }
  }
  const out = [...rows.values()];
  for (const row of out) {
    row.passed = row.best === null ? null : row.best >= data.threshold;
    if (row.latestAt === -Infinity) row.latestAt = 0;
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.traineeId.localeCompare(b.traineeId) || a.scenarioId.localeCompare(b.scenarioId));
}

/** How one rule fared for one trainee (or the team) over all their re-scored attempts. */
export interface RuleCell {
  label: LabelId;
  /** Turns where the rule counted as a fault, out of all turns answered. */
  broken: number;
  turns: number;
  /** Steps that asked for the technique and did not get it, out of the steps that asked for it. */
  forgot: number;
  expected: number;
  /** broken / turns and forgot / expected (0 when there is nothing to count). */
  brokenRate: number;
  forgotRate: number;
}

export interface HeatRow {
  traineeId: string;
  name: string;
  team: string | null;
  attempts: number;
  /** Only rules that came up for this trainee (asked for or broken). */
  cells: Partial<Record<LabelId, RuleCell>>;
}

export interface RuleHeatMap {
  /** Rules that came up for anyone, in rulebook order (faults first). */
  labels: LabelId[];
  rows: HeatRow[];
  /** The team's rules, weakest first (by broken rate plus forgot rate); rules with nothing wrong are left out. */
  weakest: RuleCell[];
}

function emptyCell(label: LabelId): RuleCell {
  return { label, broken: 0, turns: 0, forgot: 0, expected: 0, brokenRate: 0, forgotRate: 0 };
}

function finish(cell: RuleCell): RuleCell {
  cell.brokenRate = cell.turns === 0 ? 0 : cell.broken / cell.turns;
  cell.forgotRate = cell.expected === 0 ? 0 : cell.forgot / cell.expected;
  return cell;
}

const FAULT_SET = new Set<LabelId>(FAULT_LABELS);

/** Per trainee per rule: how often they break it and how often they forget it, as rates; and the team's weakest rules. */
export function ruleHeatMap(data: ReviewData, filter: ReviewFilter = {}): RuleHeatMap {
  const rows = new Map<string, HeatRow & { turns: number }>();
  const team = new Map<LabelId, RuleCell>();
  let teamTurns = 0;
  for (const attempt of Object.values(data.attempts)) {
    const r = getOwn(data.rescored, attempt.id);
    if (!r?.score) continue;
    for (const traineeId of attemptOwners(attempt)) {
      if (!matches(data, traineeId, filter)) continue;
      let row = rows.get(traineeId);
      if (!row) {
        const info = traineeInfo(data, traineeId);
        row = { traineeId, name: info.name, team: info.team, attempts: 0, cells: {}, turns: 0 };
        rows.set(traineeId, row);
      }
      row.attempts++;
      row.turns += r.turns.length;
      teamTurns += r.turns.length;
      for (const rule of r.score.rules) {
        const cell = (row.cells[rule.label] ??= emptyCell(rule.label));
        const t = team.get(rule.label) ?? emptyCell(rule.label);
        team.set(rule.label, t);
        cell.broken += rule.faultTurns;
        t.broken += rule.faultTurns;
        cell.expected += rule.expectedOn;
        t.expected += rule.expectedOn;
        cell.forgot += rule.expectedOn - rule.usedOn;
        t.forgot += rule.expectedOn - rule.usedOn;
      }
    }
  }
  const seen = new Set<LabelId>();
  const outRows: HeatRow[] = [];
  for (const { turns, ...row } of rows.values()) {
    for (const cell of Object.values(row.cells)) {
      cell.turns = turns;
      finish(cell);
      seen.add(cell.label);
    }
    outRows.push(row);
  }
  outRows.sort((a, b) => a.name.localeCompare(b.name) || a.traineeId.localeCompare(b.traineeId));
  const weakest = [...team.values()]
    .map((c) => finish({ ...c, turns: teamTurns }))
    .filter((c) => c.broken > 0 || c.forgot > 0)
    .sort((a, b) => b.brokenRate + b.forgotRate - (a.brokenRate + a.forgotRate) || (FAULT_SET.has(a.label) ? -1 : 1));
  return { labels: LABELS.filter((l) => seen.has(l)), rows: outRows, weakest };
}

export interface TrendPoint {
  attemptId: string;
  /** When the attempt ended (ms since epoch). */
  at: number;
  total: number;
  flags: ReviewFlag[];
}

export interface TrendSeries {
  scenarioId: string;
  points: TrendPoint[];
}

/** One trainee's re-scored scores over time, one series per scenario (oldest first). */
export function traineeTrend(data: ReviewData, traineeId: string): TrendSeries[] {
  const series = new Map<string, TrendPoint[]>();
  for (const attempt of Object.values(data.attempts)) {
    if (!attemptOwners(attempt).includes(traineeId)) continue;
    const r = getOwn(data.rescored, attempt.id);
    if (!r || r.total === null) continue;
    const points = series.get(attempt.scenarioId) ?? [];
    series.set(attempt.scenarioId, points);
    points.push({ attemptId: attempt.id, at: attempt.endedAt, total: r.total, flags: r.flags });
  }
  return [...series.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([scenarioId, points]) => ({ scenarioId, points: points.sort((a, b) => a.at - b.at) }));
}

/** One trainee's attempts (newest first) with their re-scored result, for the drill-down list. */
export function traineeAttempts(data: ReviewData, traineeId: string, scenarioId?: string): { attempt: Attempt; rescored: RescoredAttempt | undefined }[] {
  return Object.values(data.attempts)
    .filter((a) => (scenarioId === undefined || a.scenarioId === scenarioId) && attemptOwners(a).includes(traineeId))
    .sort((a, b) => b.endedAt - a.endedAt)
    .map((attempt) => ({ attempt, rescored: getOwn(data.rescored, attempt.id) }));
}
