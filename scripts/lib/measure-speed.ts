/**
 * The speed part of `npm run bench:scorer`, for each language: every input
 * scored `rounds` times in a row (wall time per run, CPU time as the mean of
 * the batch), then one 100 KB input made of the inputs' texts, 5 times.
 * Wall-clock times are noisy on a shared machine, so each figure is also
 * given in CPU time (process.cpuUsage), which other processes disturb far less.
 */
import { performance } from 'node:perf_hooks';
import { score } from '../../src/domain/scoring/scorer.ts';
import type { ScoreInput } from '../../src/domain/scoring/types.ts';

export const quantile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

const cpuMicros = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return used.user + used.system;
};

export interface Speed {
  /** Per run, µs. */
  wall: number[];
  /** Per input, mean µs of its runs. */
  cpu: number[];
  /** The 100 KB input's median of 5 runs, ms. */
  bigWall: number;
  bigCpu: number;
}

export function measureSpeed(inputs: readonly ScoreInput[], options: { rounds: number; warmUp: number; big: Omit<ScoreInput, 'text'> }): Speed {
  const { rounds, warmUp, big } = options;
  for (let i = 0; i < warmUp; i++) for (const input of inputs) score(input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const c0 = process.cpuUsage();
    for (let k = 0; k < rounds; k++) {
      const t0 = performance.now();
      score(input);
      wall.push((performance.now() - t0) * 1000);
    }
    cpu.push(cpuMicros(c0) / rounds);
  }
  const joined = inputs.map((r) => r.text).join(' ');
  let hundredKb = '';
  while (hundredKb.length < 100_000) hundredKb += joined + ' ';
  hundredKb = hundredKb.slice(0, 100_000);
  score({ text: hundredKb, lang: big.lang });
  const bigWall: number[] = [];
  const bigCpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    score({ ...big, text: hundredKb });
    bigWall.push(performance.now() - t0);
    bigCpu.push(cpuMicros(c0) / 1000);
  }
  return { wall, cpu, bigWall: quantile(bigWall, 0.5), bigCpu: quantile(bigCpu, 0.5) };
}
