import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { overviewRows, reviewTeams, ruleHeatMap, traineeAttempts, traineeTrend } from '../../../src/domain/review/aggregates.ts';
import { suggestAudit } from '../../../src/domain/review/audit.ts';
import { auditNotesCsv, teamCsv } from '../../../src/domain/review/csv.ts';
import { mergeBundles, withRescored } from '../../../src/domain/review/merge.ts';
import { parseBundleFile } from '../../../src/domain/review/parse.ts';
import { rescoreAttempts } from '../../../src/domain/review/rescore.ts';
import { buildReviewBundle, reviewBundleJson } from '../../../src/domain/review/review-bundle.ts';
import { emptyReviewData, type ReviewData } from '../../../src/domain/review/types.ts';
import { bundleOf, copy, courseScenarios, profile, walkthroughAttempt } from './support.ts';

// Loading the five scenarios and the scorer takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const scenarios = courseScenarios();
const day = (d: number) => Date.UTC(2026, 10, d, 9, 0);

const ana = profile('p-ana', 'Ana Ruiz', 'North');
const ben = profile('p-ben', 'Ben Okafor', 'South');
const anaAttempts = [
  walkthroughAttempt('irma-hangs-up-typed.json', 'irma', { id: 'ana-1', profileId: ana.id, startedAt: day(1) }),
  walkthroughAttempt('irma-resolved-typed.json', 'irma', { id: 'ana-2', profileId: ana.id, startedAt: day(2) }),
  walkthroughAttempt('irma-gives-up-silent.json', 'irma', { id: 'ana-3', profileId: ana.id, startedAt: day(3) }),
  walkthroughAttempt('bob-resolved-choices.json', 'bob', { id: 'ana-4', profileId: ana.id, startedAt: day(4) }),
];
const benAttempts = [walkthroughAttempt('bob-cancels-typed.json', 'bob', { id: 'ben-1', profileId: ben.id, startedAt: day(2) })];

function imported(threshold = 70): ReviewData {
  const { state, report } = mergeBundles(emptyReviewData(threshold), [bundleOf(ana, anaAttempts), bundleOf(ben, benAttempts)]);
  return withRescored(state, rescoreAttempts(report.newAttemptIds.map((id) => state.attempts[id]!), scenarios));
}

describe('merging imported bundles', () => {
  it('de-duplicates attempts by id and trainees by profile id, and never drops what was there', () => {
    const first = mergeBundles(emptyReviewData(), [bundleOf(ana, anaAttempts.slice(0, 2))]);
    expect(first.report).toMatchObject({ added: 2, duplicates: 0, addedTrainees: 1 });
    const again = mergeBundles(first.state, [bundleOf({ ...ana, team: undefined, employeeId: 'E-7' }, anaAttempts), bundleOf(ana, anaAttempts.slice(3))]);
    expect(again.report).toMatchObject({ added: 2, duplicates: 3, addedTrainees: 0, newAttemptIds: ['ana-3', 'ana-4'] });
    expect(Object.keys(again.state.attempts).sort()).toEqual(['ana-1', 'ana-2', 'ana-3', 'ana-4']);
    // The kept profile keeps its team and gains the employee id it lacked.
    expect(again.state.trainees[ana.id]).toMatchObject({ team: 'North', employeeId: 'E-7' });
    expect(Object.keys(first.state.attempts)).toHaveLength(2);
  });

  it('treats ids like "__proto__" as ordinary keys', () => {
    const odd = { ...copy(anaAttempts[0]!), id: '__proto__' };
    const { state } = mergeBundles(emptyReviewData(), [bundleOf(ana, [odd])]);
    expect(Object.keys(state.attempts)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(state.attempts)).toBe(Object.prototype);
  });
});

describe('the team overview', () => {
  it('gives each trainee and scenario the best and latest re-scored score and pass/fail against the threshold', () => {
    const data = imported(70);
    const rows = overviewRows(data);
    expect(rows.map((r) => [r.name, r.scenarioId, r.attempts])).toEqual([
      ['Ana Ruiz', 'bob', 1],
      ['Ana Ruiz', 'irma', 3],
      ['Ben Okafor', 'bob', 1],
    ]);
    const irma = rows[1]!;
    const totals = ['ana-1', 'ana-2', 'ana-3'].map((id) => data.rescored[id]!.total!);
    expect(irma.best).toBe(Math.max(...totals));
    expect(irma.bestAttemptId).toBe('ana-2');
    expect(irma.latest).toBe(totals[2]);
    expect(irma.latestAttemptId).toBe('ana-3');
    expect(irma.passed).toBe(irma.best! >= 70);
    const strict = overviewRows({ ...data, threshold: irma.best! + 1 });
    expect(strict[1]!.passed).toBe(false);
    expect(overviewRows({ ...data, threshold: irma.best! })[1]!.passed).toBe(true);
  });

  it('uses the re-scored score, not the stored one, and carries the flags', () => {
    const cheat = copy(benAttempts[0]!);
    cheat.score.total = 100;
    const { state, report } = mergeBundles(emptyReviewData(), [bundleOf(ben, [cheat])]);
    const data = withRescored(state, rescoreAttempts(report.newAttemptIds.map((id) => state.attempts[id]!), scenarios));
    const [row] = overviewRows(data);
    expect(row!.best).toBe(benAttempts[0]!.score.total);
    expect(row!.flags).toEqual(['scored-differently']);
    expect(row!.flaggedAttempts).toBe(1);
  });

  it('filters by team and lists the teams', () => {
    const data = imported();
    expect(reviewTeams(data)).toEqual(['North', 'South']);
    expect(overviewRows(data, { team: 'South' }).map((r) => r.name)).toEqual(['Ben Okafor']);
  });

  it('counts attempts not re-scored yet as unscored', () => {
    const { state } = mergeBundles(emptyReviewData(), [bundleOf(ben, benAttempts)]);
    expect(overviewRows(state)[0]).toMatchObject({ attempts: 1, unscored: 1, best: null, passed: null });
  });
});

describe('the rule heat map', () => {
  it('rates how often each trainee breaks or forgets each rule and ranks the team\'s weakest rules', () => {
    const data = imported();
    const map = ruleHeatMap(data);
    const anaRow = map.rows.find((r) => r.traineeId === ana.id)!;
    const turns = ['ana-1', 'ana-2', 'ana-3', 'ana-4'].reduce((n, id) => n + data.rescored[id]!.turns.length, 0);
    for (const cell of Object.values(anaRow.cells)) {
      expect(cell.turns).toBe(turns);
      expect(cell.brokenRate).toBeCloseTo(cell.broken / turns);
      if (cell.expected > 0) expect(cell.forgotRate).toBeCloseTo(cell.forgot / cell.expected);
    }
    const broken = ['ana-1', 'ana-2', 'ana-3', 'ana-4'].flatMap((id) => data.rescored[id]!.turns.flatMap((t) => t.faults));
    for (const label of new Set(broken)) expect(anaRow.cells[label]!.broken).toBe(broken.filter((l) => l === label).length);
    expect(map.weakest.length).toBeGreaterThan(0);
    const weakness = map.weakest.map((c) => c.brokenRate + c.forgotRate);
    expect(weakness).toEqual([...weakness].sort((a, b) => b - a));
    expect(map.labels.length).toBeGreaterThan(0);
  });
});

describe('trend and drill-down', () => {
  it('orders a trainee\'s scores over time per scenario and lists attempts newest first', () => {
    const data = imported();
    const trend = traineeTrend(data, ana.id);
    expect(trend.map((s) => [s.scenarioId, s.points.map((p) => p.attemptId)])).toEqual([
      ['bob', ['ana-4']],
      ['irma', ['ana-1', 'ana-2', 'ana-3']],
    ]);
    expect(traineeAttempts(data, ana.id, 'irma').map((x) => x.attempt.id)).toEqual(['ana-3', 'ana-2', 'ana-1']);
  });
});

describe('audit suggestions', () => {
  it('suggests the most broken rule as the area of opportunity and the best-used technique as the strength', () => {
    const data = imported();
    const r = data.rescored['ana-1']!;
    const s = suggestAudit(r);
    const worst = r.score!.rules.filter((x) => x.faultTurns > 0).sort((a, b) => b.faultTurns - a.faultTurns)[0];
    expect(worst).toBeDefined();
    expect(s.opportunity).toMatchObject({ rule: worst!.label, key: 'review.audit.suggest.opportunityBroken' });
  });

  it('falls back to the most forgotten technique when nothing was broken, and says so when nothing was used', () => {
    const data = imported();
    const clean = Object.values(data.rescored).find((r) => r.score!.rules.every((x) => x.faultTurns === 0) && r.score!.rules.some((x) => x.expectedOn > x.usedOn));
    expect(clean).toBeDefined();
    expect(suggestAudit(clean!).opportunity.key).toBe('review.audit.suggest.opportunityForgot');
    const silent = data.rescored['ana-3']!;
    expect(suggestAudit(silent).strength).toEqual({ rule: null, key: 'review.audit.suggest.strengthNone', params: {} });
    const good = suggestAudit(data.rescored['ana-2']!).strength;
    expect(good.key).toBe('review.audit.suggest.strengthUsed');
  });
});

describe('CSV exports', () => {
  it('writes the team table with a header, the newest audit note, and escapes commas, quotes, line breaks and formulas', () => {
    const data = imported();
    const tricky = { ...ana, name: '=HYPERLINK("http://x","y"), "Ana"\nRuiz' };
    data.trainees[ana.id] = tricky;
    data.notes['ana-1'] = { attemptId: 'ana-1', opportunity: 'old', strength: 'old', updatedAt: 1 };
    data.notes['ana-2'] = { attemptId: 'ana-2', opportunity: '+1 research first, then admit', strength: '@acknowledge', updatedAt: 2 };
    const csv = teamCsv(overviewRows(data), data.notes);
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(['trainee', 'employee id', 'team', 'scenario', 'attempts', 'best score', 'latest score', 'latest attempt', 'passed', 'flagged attempts', 'area of opportunity', 'strength']);
    const irma = rows.find((r) => r[3] === 'irma')!;
    expect(irma[0]).toBe(`'${tricky.name}`);
    expect(irma[10]).toBe("'+1 research first, then admit");
    expect(irma[11]).toBe("'@acknowledge");
    expect(irma[4]).toBe('3');
    expect(csv.split('\r\n')[0]).toBe(header!.join(','));
  });

  it('writes every audit note as its own CSV', () => {
    const data = imported();
    data.notes['ben-1'] = { attemptId: 'ben-1', opportunity: 'Never say "not our fault"', strength: 'Stayed calm', updatedAt: 5 };
    const rows = Papa.parse<string[]>(auditNotesCsv(data).trim()).data;
    expect(rows[1]).toEqual(['Ben Okafor', 'South', 'bob', new Date(benAttempts[0]!.endedAt).toISOString(), String(data.rescored['ben-1']!.total), 'Never say "not our fault"', 'Stayed calm']);
  });
});

describe('the review bundle', () => {
  it('round-trips the whole review (trainees, attempts, notes, threshold) through another supervisor\'s import', () => {
    const data = imported(65);
    data.notes['ana-2'] = { attemptId: 'ana-2', opportunity: 'Offer a callback time', strength: 'Used her name', opportunityRule: 'callback-time', strengthRule: 'use-name', updatedAt: 9 };
    const parsed = parseBundleFile('review.json', reviewBundleJson(data, '0.1.0', new Date(day(20))));
    expect(parsed.ok && parsed.kind).toBe('review');
    if (!parsed.ok) return;
    const other = mergeBundles(emptyReviewData(), [parsed.bundle]);
    expect(other.state.trainees).toEqual(data.trainees);
    expect(other.state.attempts).toEqual(data.attempts);
    expect(other.state.notes).toEqual(data.notes);
    expect(buildReviewBundle(other.state, '0.1.0', new Date(day(20)))).toEqual({ ...buildReviewBundle(data, '0.1.0', new Date(day(20))), threshold: 70 });
    const rescored = withRescored(other.state, rescoreAttempts(Object.values(other.state.attempts), scenarios));
    expect(overviewRows({ ...rescored, threshold: 65 })).toEqual(overviewRows(data));
  });

  it('keeps a newer note and never replaces one with an older copy', () => {
    const data = imported();
    data.notes['ana-1'] = { attemptId: 'ana-1', opportunity: 'mine', strength: 'mine', updatedAt: 10 };
    const older = buildReviewBundle({ ...data, notes: { 'ana-1': { attemptId: 'ana-1', opportunity: 'theirs', strength: 'theirs', updatedAt: 5 } } }, '0.1.0');
    expect(mergeBundles(data, [older]).state.notes['ana-1']!.opportunity).toBe('mine');
    const newer = buildReviewBundle({ ...data, notes: { 'ana-1': { attemptId: 'ana-1', opportunity: 'theirs', strength: 'theirs', updatedAt: 50 } } }, '0.1.0');
    expect(mergeBundles(data, [newer]).state.notes['ana-1']!.opportunity).toBe('theirs');
  });
});
