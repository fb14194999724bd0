/**
 * Scores utterances from JSON lines.
 *
 *   npm run --silent score -- --jsonl FILE     (FILE "-" reads standard input)
 *
 * Writes one JSON line per valid input line, in order:
 * {"id","labels":[...],"evidence":[{"label","start","end","reason"}]}.
 * Bad lines go to stderr with their line number; the exit status is then 1.
 */
import { readFileSync } from 'node:fs';
import { scoreJsonLines } from '../src/domain/scoring/jsonl.ts';
// Lines with "lang": "es" are read with the Spanish detectors.
import '../src/domain/scoring/es/register.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--jsonl');
const file = at >= 0 ? args[at + 1] : undefined;
if (file === undefined) {
  process.stderr.write('usage: npm run --silent score -- --jsonl FILE   (FILE "-" = standard input)\n');
  process.exit(2);
}

let input: string;
try {
  input = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (err) {
  process.stderr.write(`score: cannot read ${file}: ${(err as Error).message}\n`);
  process.exit(2);
}

const { results, problems } = scoreJsonLines(input);
const out = results.map((r) => JSON.stringify({ id: r.id, labels: r.labels, evidence: r.evidence })).join('\n');
process.stdout.write(out + (out ? '\n' : ''));
const name = file === '-' ? 'stdin' : file;
for (const p of problems) process.stderr.write(`${name}:${p.line}: ${p.message}; line skipped\n`);
process.exitCode = problems.length > 0 ? 1 : 0;
