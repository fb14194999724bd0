/**
 * The Spanish part of `npm run bench:scorer`: accuracy on the Spanish
 * held-out set and speed of the Spanish detectors, printed as their own
 * section so the two languages' figures are read apart.
 */
import { readFileSync } from 'node:fs';
import '../../src/domain/scoring/es/register.ts';
import { LABELS } from '../../src/domain/scoring/labels.ts';
import { measureAccuracy } from '../../src/domain/scoring/metrics.ts';
import { score } from '../../src/domain/scoring/scorer.ts';
import { measureSpeed, quantile } from './measure-speed.ts';

interface Row {
  id: string;
  text: string;
  callerName?: string;
  lang?: string;
  labels: string[];
}

const readRows = (file: string): Row[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function accuracy(title: string, rows: Row[], misses: boolean): void {
  const judged = rows.map((r) => ({ gold: r.labels, predicted: score({ ...r, lang: 'es' }).labels as string[] }));
  const acc = measureAccuracy(judged, LABELS);
  console.log(`\n${title}: ${rows.length} utterances`);
  console.log('label                  support   P      R      F1');
  for (const m of acc.perLabel) {
    if (m.support === 0 && m.falsePositives === 0) continue;
    console.log(`${m.label.padEnd(22)} ${String(m.support).padStart(5)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`);
  }
  console.log(`macro-F1 ${acc.macroF1.toFixed(3)}   fault false-positive rate ${pct(acc.faultFalsePositiveRate)}%`);
  if (!misses) return;
  rows.forEach((r, i) => {
    const got = judged[i]!.predicted;
    const extra = got.filter((l) => !r.labels.includes(l));
    const missing = r.labels.filter((l) => !got.includes(l));
    if (extra.length || missing.length) console.log(`  ${r.id} +[${extra.join(',')}] -[${missing.join(',')}]  ${r.text}`);
  });
}

/** Prints the Spanish section: held-out accuracy, then per-utterance and 100 KB speed (wall and CPU). */
export function benchSpanish(opts: { devSet: string; holdout: string; misses: boolean }): void {
  const dev = readRows(opts.devSet).filter((r) => r.lang === 'es');
  const held = readRows(opts.holdout);
  console.log('\n=== Spanish (es) ===');
  accuracy(`${opts.holdout.split('/').pop()} [es]`, held, opts.misses);

  const rows = [...dev, ...held];
  const rounds = 50;
  const { wall, cpu, bigWall, bigCpu } = measureSpeed(
    rows.map((r) => ({ ...r, lang: 'es' as const })),
    { rounds, warmUp: 3, big: { lang: 'es', callerName: 'Sra. Vega' } },
  );
  const f = (x: number) => x.toFixed(1);
  console.log(`\nspeed, Spanish (${rows.length} utterances x ${rounds} runs after warm-up):`);
  console.log(`  per utterance, wall:  median ${f(quantile(wall, 0.5))} µs, p99 ${f(quantile(wall, 0.99))} µs`);
  console.log(`  per utterance, CPU:   median ${f(quantile(cpu, 0.5))} µs, p99 ${f(quantile(cpu, 0.99))} µs`);
  console.log(`  one 100 KB input:     median of 5 runs ${f(bigWall)} ms wall, ${f(bigCpu)} ms CPU`);
}
