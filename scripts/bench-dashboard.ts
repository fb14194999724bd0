/**
 * The supervisor's import at team scale: generates 500 trainees x 50 calls
 * (about 25,000 attempts and 250,000 turns, most typed answers distinct),
 * writes them as results bundles to a temporary folder, then times what the
 * dashboard does with them: read and validate each file, merge, re-score every
 * attempt (distinct utterances scored once, split over worker threads on every
 * core), and aggregate. Prints each phase, the total and the peak memory.
 *
 *   npm run bench:dashboard [-- --trainees N] [--attempts N] [--workers N] [--keep]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resourceUsage } from 'node:process';
import { Worker } from 'node:worker_threads';
import { overviewRows, ruleHeatMap, traineeTrend } from '../src/domain/review/aggregates.ts';
import { suggestAudit } from '../src/domain/review/audit.ts';
import { teamCsv } from '../src/domain/review/csv.ts';
import { mergeBundles, withRescored } from '../src/domain/review/merge.ts';
import { parseBundleFile } from '../src/domain/review/parse.ts';
import { distinctUtterances, indexScenarios, memoScorer, rescoreAttempt } from '../src/domain/review/rescore.ts';
import { scoreDistinct, type ScoreRequest, type ScoreResponse, type ScoreWorker } from '../src/domain/review/rescore-pool.ts';
import type { ResultsBundle } from '../src/domain/records/results-bundle.ts';
import type { ReviewBundle } from '../src/domain/review/review-bundle.ts';
import { emptyReviewData, type RescoredAttempt } from '../src/domain/review/types.ts';
import { generateBundles } from './lib/bench-data.ts';
import { loadScenario } from './lib/play-walkthrough.ts';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const TRAINEES = num('trainees', 500);
const PER_TRAINEE = num('attempts', 50);
const WORKERS = num('workers', Math.max(1, availableParallelism()));

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 20);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/**
 * Each phase's wall time and CPU time (all threads of this process). On a
 * shared machine the wall time grows with others' load; the CPU time does
 * not, so the projection for an idle machine is computed from it: serial
 * phases cost their CPU time, the scoring phase its CPU time over the workers.
 */
const phases: { name: string; ms: number; cpuMs: number; parallel: boolean }[] = [];
async function phase<T>(name: string, run: () => T | Promise<T>, note: (result: T) => string = () => '', parallel = false): Promise<T> {
  sample();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await run();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  sample();
  phases.push({ name, ms, cpuMs, parallel });
  process.stdout.write(`  ${name.padEnd(22)} ${(ms / 1000).toFixed(2).padStart(7)} s wall ${(cpuMs / 1000).toFixed(2).padStart(7)} s cpu   ${note(result)}\n`);
  return result;
}

/** A worker thread running scripts/lib/score-worker.ts, wrapped as the pool's ScoreWorker. */
function nodeScoreWorker(): ScoreWorker {
  // The worker is TypeScript too: its .mjs entry registers tsx in the thread first.
  const worker = new Worker(new URL('./lib/score-worker.mjs', import.meta.url));
  let nextId = 1;
  const waiting = new Map<number, { resolve: (results: ScoreResponse['results']) => void; reject: (err: unknown) => void }>();
  worker.on('message', (m: ScoreResponse) => {
    waiting.get(m.id)?.resolve(m.results);
    waiting.delete(m.id);
  });
  worker.on('error', (err) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  });
  return {
    score: (utterances) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, utterances } satisfies ScoreRequest);
      }),
    terminate: () => void worker.terminate(),
  };
}

const scenarios = ['irma', 'bob', 'hal', 'anniversary-doctor', 'high-bill'].map((id) => loadScenario(id));
const index = indexScenarios(scenarios);
process.stdout.write(`bench:dashboard: ${TRAINEES} trainees x ${PER_TRAINEE} attempts, ${WORKERS} scoring worker${WORKERS === 1 ? '' : 's'}\n\nset-up (not in the total)\n`);

const generated = await phase('generate', () => generateBundles(scenarios, TRAINEES, PER_TRAINEE), (g) =>
    `${g.attempts} attempts, ${g.turns} turns (${(g.turns / g.attempts).toFixed(1)} a call): ${g.typedTurns} typed (${g.distinctTyped} distinct, ${((100 * g.distinctTyped) / g.turns).toFixed(0)}% of turns), ${g.choiceTurns} picked, ${g.silentTurns} silent`,
);
const dir = mkdtempSync(join(tmpdir(), 'htl-bench-'));
await phase('write bundles', () => {
  let bytes = 0;
  generated.bundles.forEach((b, i) => {
    const text = JSON.stringify(b);
    bytes += text.length;
    writeFileSync(join(dir, `trainee-${String(i).padStart(3, '0')}.json`), text);
  });
  generated.bundles.length = 0;
  return bytes;
}, (bytes) => `${generated.attempts ? readdirSync(dir).length : 0} files, ${mb(bytes)} in ${dir}`);

process.stdout.write('\nimport (what the dashboard does)\n');
const t0 = performance.now();
const parsed = await phase('read + validate', () => {
  const ok: (ResultsBundle | ReviewBundle)[] = [];
  let failed = 0;
  for (const name of readdirSync(dir).sort()) {
    const r = parseBundleFile(name, readFileSync(join(dir, name), 'utf8'));
    if (r.ok) ok.push(r.bundle);
    else failed++;
  }
  return { ok, failed };
}, (r) => `${r.ok.length} bundles, ${r.failed} refused`);
const merged = await phase('merge', () => mergeBundles(emptyReviewData(), parsed.ok), (m) => `${m.report.added} attempts, ${m.report.duplicates} duplicates, ${m.report.addedTrainees} trainees`);
parsed.ok.length = 0;
const attempts = merged.report.newAttemptIds.map((id) => merged.state.attempts[id]!);
const utterances = await phase('collect utterances', () => distinctUtterances(attempts, index), (u) => `${u.length} distinct utterances to score`);
const scored = await phase(
  'score (workers)',
  () => scoreDistinct(utterances, { createWorker: nodeScoreWorker, workers: WORKERS, chunkSize: 1000, yieldToPage: async () => {} }),
  (s) => `${s.size} scored`,
  true,
);
const scoring = phases.at(-1)!;
process.stdout.write(`  ${''.padEnd(22)} ${((1000 * scoring.cpuMs) / Math.max(1, scored.size)).toFixed(0)} µs cpu per utterance (worker start-up included)\n`);
const rescored = await phase('replay + call scores', () => {
  const scoreText = memoScorer(() => {
    throw new Error('an utterance was not scored by the workers');
  });
  for (const u of utterances) scoreText.results.set(u, scored.get(u)!);
  const out: RescoredAttempt[] = [];
  for (const a of attempts) out.push(rescoreAttempt(a, index, { scoreText }));
  return out;
}, (out) => {
  const diff = out.filter((r) => r.flags.includes('scored-differently')).length;
  const misfit = out.filter((r) => r.flags.includes('transcript-misfit')).length;
  return `${out.length} attempts; flagged: ${diff} scored differently, ${misfit} misfit`;
});
const data = await phase('store results', () => withRescored(merged.state, rescored));
await phase('aggregate', () => {
  const rows = overviewRows(data);
  const heat = ruleHeatMap(data);
  const trend = traineeTrend(data, 'trainee-0');
  const north = overviewRows(data, { team: 'North' });
  const audit = suggestAudit(rescored[0]!);
  const csv = teamCsv(rows, data.notes);
  return { rows: rows.length, heat: heat.rows.length, weakest: heat.weakest[0]?.label, trend: trend.length, north: north.length, audit: audit.opportunity.rule, csv: csv.length };
}, (r) => `${r.rows} overview rows, ${r.heat} heat-map rows (weakest: ${r.weakest}), team filter ${r.north} rows, CSV ${mb(r.csv)}`);
const total = performance.now() - t0;
clearInterval(sampler);
sample();
const maxRss = resourceUsage().maxRSS * 1024;
const importPhases = phases.slice(2);
const projected = importPhases.reduce((s, p) => s + (p.parallel ? p.cpuMs / WORKERS : p.cpuMs), 0);
const cpuTotal = importPhases.reduce((s, p) => s + p.cpuMs, 0);
const [load1] = loadavg();
process.stdout.write(`\ntotal import ${(total / 1000).toFixed(2)} s wall, ${(cpuTotal / 1000).toFixed(2)} s cpu; on an idle machine with ${WORKERS} cores about ${(projected / 1000).toFixed(2)} s (target <= 10 s)\n`);
process.stdout.write(`peak memory ${mb(Math.max(peakRss, maxRss))} (rss sampled ${mb(peakRss)}, maxRSS ${mb(maxRss)}); load average during the run ${load1?.toFixed(1)} on ${availableParallelism()} cores\n`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
