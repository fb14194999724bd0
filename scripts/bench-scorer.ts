/**
 * Measures the scorer on a labeled JSON-lines set (default: the shared dev set):
 * per-label precision/recall/F1, macro-F1, fault false-positive rate, and speed.
 *
 *   npm run bench:scorer [-- --file F] [--lang en|es] [--labels a,b] [--misses]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LABELS, isLabelId, type LabelId } from '../src/domain/scoring/labels.ts';
import { measureAccuracy, type AccuracyReport } from '../src/domain/scoring/metrics.ts';
import { score } from '../src/domain/scoring/scorer.ts';
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
for (const lang of langs) {
  const subset = rows.filter((r) => (r.lang ?? 'en') === lang);
  if (subset.length > 0) report(`${file.split('/').pop()} [${lang}]`, subset);
}
if (langs.length > 1) report(`${file.split('/').pop()} [all]`, rows);

// Speed: warm up, then time each utterance many times.
const rounds = 50;
for (let i = 0; i < 5; i++) for (const r of rows) score(r);
const samples: number[] = [];
for (let k = 0; k < rounds; k++) {
  for (const r of rows) {
    const t0 = performance.now();
    score(r);
    samples.push((performance.now() - t0) * 1000);
  }
}
samples.sort((a, b) => a - b);
const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
const big = rows.map((r) => r.text).join(' ');
let hundredKb = '';
while (hundredKb.length < 100_000) hundredKb += big + ' ';
hundredKb = hundredKb.slice(0, 100_000);
score({ text: hundredKb });
const t0 = performance.now();
score({ text: hundredKb, callerName: 'Mrs. Jones' });
const bigMs = performance.now() - t0;
console.log(`\nspeed: median ${q(0.5).toFixed(1)} µs, p99 ${q(0.99).toFixed(1)} µs per utterance (${samples.length} timed); 100 KB input ${bigMs.toFixed(1)} ms`);
