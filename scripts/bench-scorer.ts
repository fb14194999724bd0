/**
 * Measures the scorer on a labeled JSON-lines set (default: the shared dev set):
 * per-label precision/recall/F1, macro-F1, fault false-positive rate, and speed.
 *
 *   npm run bench:scorer [-- --file F] [--lang en|es] [--labels a,b] [--misses] [--no-prefilter]
 *
 * The speed figures are also measured without the literal prefilter, in a
 * child process run with --no-prefilter --speed-only: in the same process the
 * second run would meet patterns the first never compiled, compiled past
 * V8's code limit (docs/scorer.md), and look slower than it is.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { LABELS, isLabelId, type LabelId } from '../src/domain/scoring/labels.ts';
import { measureAccuracy, type AccuracyReport } from '../src/domain/scoring/metrics.ts';
import { prefilterStats, setPrefilterEnabled } from '../src/domain/scoring/prefilter.ts';
import { score } from '../src/domain/scoring/scorer.ts';
import { measureSpeed, quantile } from './lib/measure-speed.ts';
import '../src/domain/scoring/es/register.ts';
import type { Lang } from '../src/domain/scoring/types.ts';

interface Row {
  id: string;
  text: string;
  callerName?: string;
  lang?: Lang;
  labels: string[];
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = resolve(opt('file') ?? '../shared/scoring/dev-set.jsonl');
const onlyLabels = opt('labels')?.split(',').filter(isLabelId);
const showMisses = args.includes('--misses');
const speedOnly = args.includes('--speed-only');
if (args.includes('--no-prefilter')) setPrefilterEnabled(false);
const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function report(title: string, subset: Row[]): AccuracyReport {
  const judged = subset.map((r) => ({ gold: r.labels, predicted: score(r).labels as string[] }));
  const labels: readonly LabelId[] = onlyLabels ?? LABELS;
  const acc = measureAccuracy(judged, labels);
  console.log(`\n${title}: ${subset.length} utterances`);
  console.log('label                  support   P      R      F1');
  for (const m of acc.perLabel) {
    if (m.support === 0 && m.falsePositives === 0) continue;
    console.log(`${m.label.padEnd(22)} ${String(m.support).padStart(5)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`);
  }
  console.log(`macro-F1 ${(acc.macroF1).toFixed(3)}   fault false-positive rate ${pct(acc.faultFalsePositiveRate)}%`);
  if (showMisses) {
    for (const r of subset) {
      const got = score(r).labels as string[];
      const want = r.labels;
      const extra = got.filter((l) => !want.includes(l) && (!onlyLabels || onlyLabels.includes(l as LabelId)));
      const missing = want.filter((l) => !got.includes(l) && (!onlyLabels || onlyLabels.includes(l as LabelId)));
      if (extra.length || missing.length) {
        console.log(`  ${r.id} +[${extra.join(',')}] -[${missing.join(',')}]  ${r.text}${r.callerName ? `  (caller: ${r.callerName})` : ''}`);
      }
    }
  }
  return acc;
}

const langs = opt('lang') ? [opt('lang') as Lang] : (['en', 'es'] as Lang[]);
if (!speedOnly) {
  for (const lang of langs) {
    const subset = rows.filter((r) => (r.lang ?? 'en') === lang);
    if (subset.length > 0) report(`${file.split('/').pop()} [${lang}]`, subset);
  }
  if (langs.length > 1) report(`${file.split('/').pop()} [all]`, rows);
}

const rounds = 50;
const speed = measureSpeed(rows, { rounds, warmUp: 5, big: { callerName: 'Mrs. Jones' } });
const f = (x: number) => x.toFixed(1);
if (speedOnly) {
  console.log(JSON.stringify({ medianWall: quantile(speed.wall, 0.5), medianCpu: quantile(speed.cpu, 0.5), bigWall: speed.bigWall, bigCpu: speed.bigCpu }));
  process.exit(0);
}
/** The same figures without the literal prefilter (src/domain/scoring/prefilter.ts), from a fresh process. */
function unfilteredSpeed(): { medianWall: number; medianCpu: number; bigWall: number; bigCpu: number } | undefined {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--file', file, ...(opt('lang') ? ['--lang', opt('lang')!] : []), '--no-prefilter', '--speed-only'], { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop();
  return run.status === 0 && line ? JSON.parse(line) : undefined;
}
const unfiltered = args.includes('--no-prefilter') ? undefined : unfilteredSpeed();
const statsLang = langs.length === 1 ? langs[0]! : 'en';
const { patterns, answered } = prefilterStats(statsLang);
console.log(`\nspeed (${rows.length} utterances x ${rounds} runs after warm-up; Node ${process.versions.node}; load average ${loadavg()[0]!.toFixed(1)}):`);
console.log(`  per utterance, wall:  median ${f(quantile(speed.wall, 0.5))} µs, p99 ${f(quantile(speed.wall, 0.99))} µs   [targets: median <= 100 µs, p99 <= 1000 µs]`);
console.log(`  per utterance, CPU:   median ${f(quantile(speed.cpu, 0.5))} µs, p99 ${f(quantile(speed.cpu, 0.99))} µs (mean CPU of each utterance's runs, quantiles over utterances)`);
console.log(`  one 100 KB input:     median of 5 runs ${f(speed.bigWall)} ms wall, ${f(speed.bigCpu)} ms CPU   [target <= 50 ms]`);
if (args.includes('--no-prefilter')) console.log('  (the literal prefilter is off for this run)');
else if (unfiltered) console.log(`  without the prefilter (a fresh process): median ${f(unfiltered.medianWall)} µs wall, ${f(unfiltered.medianCpu)} µs CPU; 100 KB ${f(unfiltered.bigWall)} ms wall, ${f(unfiltered.bigCpu)} ms CPU   [${statsLang === 'es' ? 'Spanish' : 'English'}: ${patterns} patterns prefiltered, ${answered} of them answered by the literal scan alone]`);

// How much code the patterns compile to, as V8 reports it (--trace-regexp-tier-up, in a child process):
// past a limit on generated code V8 compiles further patterns without its optimizations (docs/scorer.md, Speed).
function patternCodeBytes(): number | undefined {
  const modules = ['../src/domain/scoring/scorer.ts', '../src/domain/scoring/es/register.ts'].map((m) => fileURLToPath(new URL(m, import.meta.url)));
  const child = `const { score } = await import(${JSON.stringify(modules[0])}); await import(${JSON.stringify(modules[1])});
    const { readFileSync } = await import('node:fs');
    const langs = ${JSON.stringify(langs)};
    for (const line of readFileSync(${JSON.stringify(file)}, 'utf8').split('\\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line);
      if (langs.includes(row.lang ?? 'en')) score(row);
    }`;
  const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--import', 'tsx', '--input-type=module', '-e', child], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) return undefined;
  let bytes = 0;
  for (const m of run.stdout.matchAll(/bytecode size: (\d+)/g)) bytes += Number(m[1]);
  return bytes;
}
const codeBytes = patternCodeBytes();
console.log(`  pattern code:         ${codeBytes === undefined ? 'not measured (the child process failed)' : `${(codeBytes / 1e6).toFixed(1)} MB of V8 bytecode for the patterns this set runs (${langs.join(', ')})`}   [keep well under 14 MB: past its code limit V8 compiles patterns unoptimized]`);

// Spanish, as its own section (scripts/lib/bench-spanish.ts): the Spanish held-out set and the Spanish detectors' speed.
if (opt('file') === undefined && opt('lang') !== 'en') {
  const { benchSpanish } = await import('./lib/bench-spanish.ts');
  benchSpanish({ devSet: file, holdout: resolve('tests/fixtures/scoring/holdout-es.jsonl'), misses: showMisses });
}
